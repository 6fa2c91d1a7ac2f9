// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Collapsible main menu on small screens.
  var toggle = document.querySelector(".nav-toggle");
  var menu = document.getElementById("main-menu");
  if (toggle && menu) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      menu.classList.toggle("is-open", !open);
    });
  }

  // Filters sit behind a "Filter" disclosure on narrow screens; from the two-column width on the
  // CSS shows them open. Browsers without ::details-content get the disclosure opened instead.
  var supportsDetailsContent = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
  if (!supportsDetailsContent && window.matchMedia("(min-width: 60rem)").matches) {
    document.querySelectorAll("details.filter-disclosure").forEach(function (details) {
      details.open = true;
    });
  }

  // Filter forms: leave unused fields out of the URL (?thema=x instead of ?thema=x&jahr=&...).
  document.querySelectorAll("form.filter-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && field.value === "") {
          field.disabled = true;
        }
      });
    });
  });

  // "Drucken" on pages that offer it; without JavaScript the browser's own print works alike.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
