// Keep keyboard focus in a sensible place when htmx swaps a fragment (the demand-table editor):
// into the editor when one opens, else back on the control the user pressed (found by its label),
// else on the fragment's heading, so keyboard users never lose their place.
(function () {
  "use strict";
  let lastLabel = null;
  document.addEventListener("htmx:beforeRequest", function () {
    const active = document.activeElement;
    lastLabel = active ? active.getAttribute("aria-label") : null;
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    const fragment = event.detail.target && document.getElementById(event.detail.target.id);
    if (!fragment) return;
    const editor = fragment.querySelector("[data-testid=row-editor] textarea, [data-testid=row-editor] select");
    if (editor) { editor.focus(); return; }
    if (lastLabel) {
      const same = Array.from(fragment.querySelectorAll("[aria-label]")).find(
        (el) => el.getAttribute("aria-label") === lastLabel && !el.disabled
      );
      if (same) { same.focus(); return; }
    }
    const heading = fragment.querySelector("h2");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  });
})();

// The kanban board: drag a card onto a column; the server moves it through the pipeline service and
// answers with the whole board (a refused move comes back unchanged, with the reason).
(function () {
  "use strict";
  document.addEventListener("dragstart", function (event) {
    const card = event.target.closest && event.target.closest(".board-card");
    if (card) event.dataTransfer.setData("text/plain", card.dataset.application);
  });
  document.addEventListener("dragover", function (event) {
    if (event.target.closest && event.target.closest(".board-column")) event.preventDefault();
  });
  document.addEventListener("drop", function (event) {
    const column = event.target.closest && event.target.closest(".board-column");
    if (!column) return;
    event.preventDefault();
    const id = event.dataTransfer.getData("text/plain");
    if (!id || !window.htmx) return;
    const url = column.dataset.moveUrl.replace(/\/0\/$/, "/" + id + "/") + window.location.search;
    window.htmx.ajax("POST", url, { target: "#board", swap: "outerHTML", values: { target: column.dataset.stage } });
  });
  // "Show more" replaces its button with the next cards: keyboard focus goes to the first of them.
  document.addEventListener("htmx:afterSettle", function () {
    const start = document.querySelector(".board-card[data-page-start]");
    if (!start) return;
    start.removeAttribute("data-page-start");
    const link = start.querySelector("a");
    if (link) link.focus();
  });
})();
