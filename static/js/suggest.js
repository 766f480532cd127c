/* Suggestions as you type in a search box (progressive enhancement: without this script the
   form works the same). A box with data-suggest="<url>" gets a datalist of words and titles. */
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.after(list);
    input.setAttribute("list", list.id);
    input.setAttribute("autocomplete", "off");
    var timer = null;
    var lastAsked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2 || text === lastAsked) { return; }
        lastAsked = text;
        var url = input.dataset.suggest + "?taal=" + encodeURIComponent(document.documentElement.lang) +
          "&q=" + encodeURIComponent(text);
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.suggestions.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* no suggestions; the form still works */ });
      }, 150);
    });
  });
})();
