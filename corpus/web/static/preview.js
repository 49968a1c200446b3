// Footnote previews: hovering or focusing a footnote marker shows the note
// beside it; Escape or leaving hides it. Only an enhancement: without this
// file the marker is a plain link to the note (#fn-3) and back.
// The preview copies the note's DOM nodes (already escaped text), never HTML strings.
(function () {
  "use strict";
  var box = null;
  var current = null;

  function ensureBox() {
    if (!box) {
      box = document.createElement("div");
      box.className = "fn-preview";
      box.id = "fn-preview";
      box.setAttribute("role", "tooltip");
      box.hidden = true;
      document.body.appendChild(box);
    }
    return box;
  }

  function show(link) {
    var id = decodeURIComponent(link.getAttribute("href").slice(1));
    var note = document.getElementById(id);
    if (!note) { return; }
    var b = ensureBox();
    b.textContent = "";
    Array.prototype.forEach.call(note.childNodes, function (child) {
      var copy = child.cloneNode(true);
      if (copy.querySelectorAll) {
        Array.prototype.forEach.call(copy.querySelectorAll(".backref, [id]"), function (el) {
          if (el.classList.contains("backref")) { el.remove(); } else { el.removeAttribute("id"); }
        });
      }
      b.appendChild(copy);
    });
    var r = link.getBoundingClientRect();
    b.hidden = false;
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - b.offsetWidth - 8);
    b.style.left = Math.max(window.scrollX + 4, left) + "px";
    b.style.top = (window.scrollY + r.bottom + 6) + "px";
    link.setAttribute("aria-describedby", b.id);
    current = link;
  }

  function hide() {
    if (box) { box.hidden = true; }
    if (current) { current.removeAttribute("aria-describedby"); current = null; }
  }

  function marker(event) {
    var t = event.target;
    return t && t.closest ? t.closest("sup.fnref a[href^='#fn-']") : null;
  }

  document.addEventListener("mouseover", function (e) { var a = marker(e); if (a) { show(a); } });
  document.addEventListener("mouseout", function (e) { if (marker(e)) { hide(); } });
  document.addEventListener("focusin", function (e) { var a = marker(e); if (a) { show(a); } else { hide(); } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
})();
