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
})();
