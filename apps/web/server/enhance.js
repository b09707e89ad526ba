// The one script the portal's pages run (inlined by server/client-runtime.mjs). Everything works
// without it; it adds:
// 1. Suggestions to the header search: the WAI-ARIA 1.2 combobox pattern (editable, list
//    autocomplete) on the form packages/ui's SearchCombobox renders. Arrow keys move through
//    the list without leaving the field, Enter opens the highlighted suggestion (else submits),
//    Escape closes the list and then clears the field, Tab closes it.
// 2. Focus on a form's answer after a POST (the confirmation or the list of errors), so a
//    screen reader reads it and a keyboard user continues from there.
// Plain ES2017, no build step: it runs as written in every browser the city supports.
(function () {
  'use strict';

  function combobox(form) {
    var input = form.querySelector('input[role="combobox"]');
    var list = form.querySelector('[role="listbox"]');
    var status = form.querySelector('[role="status"]');
    if (!input || !list) return;
    var url = form.getAttribute('data-suggest-url');
    var locale = form.getAttribute('data-locale') || 'de';
    var countLabel = form.getAttribute('data-count-label') || '{n}';
    var kinds = {};
    var classes = {};
    try {
      kinds = JSON.parse(form.getAttribute('data-kinds') || '{}');
      classes = JSON.parse(form.getAttribute('data-classes') || '{}');
    } catch (e) {
      /* the labels are ours; without them the kind is shown as sent */
    }
    var items = [];
    var active = -1;
    var open = false;
    var timer = 0;
    var controller = null;
    var asked = '';

    function optionId(i) {
      return list.id + '-' + i;
    }

    function render() {
      list.textContent = '';
      items.forEach(function (s, i) {
        var li = document.createElement('li');
        var on = i === active;
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', on ? 'true' : 'false');
        li.className = on ? classes.active : classes.option;
        var title = document.createElement('span');
        title.className = classes.title || '';
        title.textContent = s.title;
        // A German-only service in an English list: read in German, and said so.
        if (s.lang) title.lang = s.lang;
        var kind = document.createElement('span');
        kind.className = (on ? classes.activeKind : classes.kind) || '';
        kind.textContent = '· ' + s.kind;
        li.appendChild(title);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(kind);
        li.addEventListener('mousedown', function (e) {
          // Keep focus in the field; the click opens the suggestion.
          e.preventDefault();
          go(s);
        });
        list.appendChild(li);
      });
      var shown = open && items.length > 0;
      list.hidden = !shown;
      input.setAttribute('aria-expanded', shown ? 'true' : 'false');
      if (shown && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
      else input.removeAttribute('aria-activedescendant');
    }

    function setOpen(value) {
      open = value;
      if (!value) active = -1;
      render();
    }

    function go(s) {
      window.location.assign(s.url);
    }

    function ask() {
      var q = input.value.trim();
      clearTimeout(timer);
      if (controller) controller.abort();
      controller = null;
      if (q.length < 2) {
        asked = '';
        items = [];
        setOpen(false);
        return;
      }
      if (q === asked) return;
      // Wait for a pause in typing; a newer keystroke aborts the older request.
      timer = setTimeout(function () {
        var own = typeof AbortController === 'function' ? new AbortController() : null;
        controller = own;
        var params = new URLSearchParams({ q: q, locale: locale });
        fetch(url + '?' + params.toString(), own ? { signal: own.signal } : undefined)
          .then(function (res) {
            return res.ok ? res.json() : null;
          })
          .then(function (body) {
            if (!body || own !== controller) return;
            asked = q;
            items = (Array.isArray(body.suggestions) ? body.suggestions : []).map(function (s) {
              var kind = kinds[s.type] || String(s.type);
              var lang = s.lang === 'de' ? 'de' : '';
              return { title: String(s.title), url: String(s.url), lang: lang, kind: lang && kinds['lang:' + lang] ? kind + ' · ' + kinds['lang:' + lang] : kind };
            });
            active = -1;
            open = items.length > 0 && document.activeElement === input;
            render();
            if (status) status.textContent = countLabel.replace('{n}', String(items.length));
          })
          .catch(function () {
            /* aborted or offline: the form still submits */
          });
      }, 150);
    }

    input.addEventListener('input', function () {
      open = true;
      ask();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'Down') {
        if (!items.length) return;
        e.preventDefault();
        open = true;
        active = (active + 1) % items.length;
        render();
      } else if (e.key === 'ArrowUp' || e.key === 'Up') {
        if (!items.length) return;
        e.preventDefault();
        open = true;
        active = active <= 0 ? items.length - 1 : active - 1;
        render();
      } else if (e.key === 'Enter' && open && active >= 0 && items[active]) {
        e.preventDefault();
        go(items[active]);
      } else if (e.key === 'Escape' || e.key === 'Esc') {
        if (open && items.length) {
          e.preventDefault();
          setOpen(false);
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
          ask();
        }
      } else if (e.key === 'Tab') {
        setOpen(false);
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(function () {
        setOpen(false);
      }, 150);
    });
  }

  function start() {
    var forms = document.querySelectorAll('form[data-combobox]');
    for (var i = 0; i < forms.length; i++) combobox(forms[i]);
    var answer = document.querySelector('[data-form-answer] [tabindex="-1"]');
    if (answer) answer.focus();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
