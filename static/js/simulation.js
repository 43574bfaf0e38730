// The work-sample simulation: countdown clocks (the server holds the real deadline; when a clock
// reaches zero the page goes to the attempt's front page, which submits what was saved), and the
// typing task's refusal of pasting and dropping text (each refusal is reported to the server).
(function () {
  "use strict";
  function format(seconds) {
    const m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + String(s).padStart(2, "0");
  }
  // The run's time is up: send the answer on the page as it stands (the server still takes it within
  // its grace), then, once the server's deadline has surely passed, open the attempt's front page,
  // which submits the run.
  let finishing = false;
  function finish(url) {
    if (finishing) return;
    finishing = true;
    const form = document.getElementById("answer-form");
    const sent = form
      ? fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                             headers: { "HX-Request": "true" } }).catch(function () {})
      : Promise.resolve();
    sent.then(function () { setTimeout(function () { window.location.assign(url); }, 1500); });
  }
  document.querySelectorAll("[data-seconds-left]").forEach(function (timer) {
    let left = parseInt(timer.dataset.secondsLeft, 10) || 0;
    const clock = timer.querySelector(".sim-clock");
    const ends = Date.now() + left * 1000;
    function tick() {
      left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      if (clock) clock.textContent = format(left);
      // Screen readers hear the time at each minute and in the last ten seconds, not every second.
      timer.setAttribute("aria-live", left % 60 === 0 || left <= 10 ? "polite" : "off");
      if (left === 0) {
        clearInterval(handle);
        if (timer.dataset.expiredUrl) finish(timer.dataset.expiredUrl);
        else document.querySelectorAll("#typing").forEach(function (area) { area.readOnly = true; });
      }
    }
    const handle = setInterval(tick, 1000);
    tick();
  });
  const typing = document.getElementById("typing");
  if (typing) {
    const refuse = function (event) {
      event.preventDefault();
      const note = document.getElementById("paste-note");
      if (note) note.hidden = false;
      const token = document.querySelector("input[name=csrfmiddlewaretoken]");
      fetch(typing.dataset.pasteUrl, {
        method: "POST", credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "" },
      });
    };
    typing.addEventListener("paste", refuse);
    typing.addEventListener("drop", refuse);
  }
})();
