"""civiced: a civic-education course platform for Kyiv."""
