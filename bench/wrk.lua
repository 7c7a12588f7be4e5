-- One benchmark case for wrk. bench/run.py writes a file that defines the table
-- `case` (method, path, body, content_type, cookies, csrf) and then loads this one.
-- Logged-in cases rotate through the sessions in `case.cookies`, and every `{key}`
-- in the body becomes a fresh UUID, as the site's scripts send for each write
-- (asking for JSON, as they do).

local threads = 0
local counter = 0

function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

function init(args)
  counter = offset or 0
  math.randomseed(os.time() + counter)
end

local function uuid4()
  local template = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (template:gsub("[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function request()
  local headers = {}
  if case.content_type ~= "" then
    headers["Content-Type"] = case.content_type
    headers["Accept"] = "application/json"
  end
  if #case.cookies > 0 then
    counter = counter + 1
    headers["Cookie"] = case.cookies[(counter % #case.cookies) + 1]
    headers["X-CSRFToken"] = case.csrf
  end
  local body = nil
  if case.body ~= "" then
    body = (case.body:gsub("{key}", uuid4()))
  end
  return wrk.format(case.method, case.path, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, '
      .. '"status_errors": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
