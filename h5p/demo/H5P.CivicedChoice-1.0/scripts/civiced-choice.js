/* H5P.CivicedChoice: single-choice questions with explanations, written for civiced.
 * Reports one "answered" xAPI statement with the score when the learner checks,
 * and keeps the chosen answers in getCurrentState() so a learner can resume. */
var H5P = H5P || {};
H5P.CivicedChoice = (function (EventDispatcher) {
  "use strict";

  function CivicedChoice(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
    var previous = (extras && extras.previousState) || {};
    this.answers = previous.answers && typeof previous.answers === "object" ? previous.answers : {};
    this.checked = previous.checked === true;
    this.questions = this.params.questions || [];
    this.l10n = this.params.l10n || {};
  }
  CivicedChoice.prototype = Object.create(EventDispatcher.prototype);
  CivicedChoice.prototype.constructor = CivicedChoice;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  CivicedChoice.prototype.attach = function ($container) {
    var self = this;
    var root = $container[0] || $container;
    root.classList.add("h5p-civiced-choice");
    root.textContent = "";
    if (this.params.intro) root.appendChild(element("p", "intro", this.params.intro));
    this.fieldsets = [];
    this.questions.forEach(function (question, index) {
      var fieldset = element("fieldset");
      fieldset.appendChild(element("legend", "", (index + 1) + ". " + question.text));
      (question.options || []).forEach(function (option, optionIndex) {
        var label = element("label");
        var input = element("input");
        input.type = "radio";
        input.name = "civiced-choice-" + self.contentId + "-" + index;
        input.value = String(optionIndex);
        input.checked = self.answers[index] === optionIndex;
        input.addEventListener("change", function () {
          self.answers[index] = optionIndex;
          self.trigger("resize");
        });
        label.appendChild(input);
        label.appendChild(element("span", "", option.text));
        fieldset.appendChild(label);
      });
      var feedback = element("p", "feedback");
      feedback.setAttribute("aria-live", "polite");
      fieldset.appendChild(feedback);
      root.appendChild(fieldset);
      self.fieldsets.push({ node: fieldset, feedback: feedback, question: question });
    });
    this.status = element("p", "result");
    this.status.setAttribute("role", "status");
    root.appendChild(this.status);
    this.button = element("button", "", "");
    this.button.type = "button";
    this.button.addEventListener("click", function () {
      if (self.checked) self.resetTask(); else self.check();
    });
    root.appendChild(this.button);
    this.render();
  };

  CivicedChoice.prototype.render = function () {
    var self = this;
    this.button.textContent = this.checked ? (this.l10n.retry || "Try again") : (this.l10n.check || "Check my answers");
    this.fieldsets.forEach(function (item, index) {
      var chosen = self.answers[index];
      item.node.querySelectorAll("input").forEach(function (input) { input.disabled = self.checked; });
      if (!self.checked) { item.feedback.textContent = ""; item.feedback.className = "feedback"; return; }
      var right = self.isCorrect(index);
      item.feedback.className = "feedback " + (right ? "feedback--correct" : "feedback--wrong");
      item.feedback.textContent = (right ? (self.l10n.correct || "Correct.") : (self.l10n.wrong || "Not quite.")) +
        (item.question.explanation ? " " + item.question.explanation : "");
      if (chosen === undefined) item.feedback.textContent = self.l10n.wrong || "Not quite.";
    });
    this.status.textContent = this.checked
      ? (this.l10n.result || "You got @score of @total right.").replace("@score", this.getScore()).replace("@total", this.getMaxScore())
      : "";
    this.trigger("resize");
  };

  CivicedChoice.prototype.isCorrect = function (index) {
    var options = this.questions[index].options || [];
    var chosen = this.answers[index];
    return chosen !== undefined && options[chosen] && options[chosen].correct === true;
  };

  CivicedChoice.prototype.check = function () {
    var unanswered = this.questions.some(function (question, index) { return this.answers[index] === undefined; }, this);
    if (unanswered) { this.status.textContent = this.l10n.unanswered || "Answer every question first."; return; }
    this.checked = true;
    this.render();
    var score = this.getScore();
    var max = this.getMaxScore();
    this.triggerXAPIScored(score, max, "answered", true, score === max);
  };

  CivicedChoice.prototype.getScore = function () {
    var score = 0;
    for (var index = 0; index < this.questions.length; index += 1) if (this.isCorrect(index)) score += 1;
    return score;
  };
  CivicedChoice.prototype.getMaxScore = function () { return this.questions.length; };
  CivicedChoice.prototype.getAnswerGiven = function () { return Object.keys(this.answers).length > 0; };
  CivicedChoice.prototype.showSolutions = function () { this.checked = true; this.render(); };
  CivicedChoice.prototype.resetTask = function () {
    this.answers = {};
    this.checked = false;
    this.fieldsets.forEach(function (item) {
      item.node.querySelectorAll("input").forEach(function (input) { input.checked = false; });
    });
    this.render();
  };
  CivicedChoice.prototype.getCurrentState = function () {
    return { answers: this.answers, checked: this.checked };
  };

  return CivicedChoice;
})(H5P.EventDispatcher);
