// "War diese Seite hilfreich?": send the vote without leaving the page. Without this file the
// form posts normally and the page comes back with a thank-you note.
(function () {
  "use strict";
  document.querySelectorAll("[data-feedback-form]").forEach(function (form) {
    var status = form.parentNode.querySelector("[data-feedback-status]");
    var comment = form.querySelector("textarea");
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData || !status) {
        return;
      }
      event.preventDefault();
      var data = new FormData(form);
      var button = event.submitter;
      if (button && button.name) {
        data.append(button.name, button.value);
      }
      fetch(form.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.json().then(function (body) {
            return { ok: response.ok, status: response.status, body: body };
          });
        })
        .then(function (result) {
          var errors = result.body.errors || {};
          if (result.ok || result.status === 409) {
            form.hidden = true;
            status.textContent = result.body.message;
            return;
          }
          var text = result.body.message;
          Object.keys(errors).forEach(function (name) {
            text += " " + errors[name].join(" ");
          });
          if (errors.kommentar && comment) {
            comment.setAttribute("aria-invalid", "true");
            comment.focus();
          }
          status.textContent = text;
        })
        .catch(function () {
          form.submit();
        });
    });
  });
})();
