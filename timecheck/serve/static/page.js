/* timecheck's annotated view of an article: the page at / of `timecheck serve` and the file
 * `timecheck check --format html` writes. Article text only ever enters the page as text nodes,
 * attribute values or SVG text (textContent, setAttribute): never as markup. */
(function () {
  "use strict";

  var SEVERITIES = ["error", "warning", "info"];
  var SEVERITY_TITLES = { error: "Errors", warning: "Warnings", info: "Notes" };
  var SVG = "http://www.w3.org/2000/svg";
  var state = { documents: [], current: -1, selected: -1, sequence: 0, checks: 0 };

  function byId(id) { return document.getElementById(id); }

  /* Build an element: attributes are set one by one, children that are strings become text nodes. */
  function h(tag, attributes, children) {
    return fill(document.createElement(tag), attributes, children);
  }

  function s(tag, attributes, children) {
    return fill(document.createElementNS(SVG, tag), attributes, children);
  }

  function fill(node, attributes, children) {
    var name;
    for (name in attributes || {}) {
      if (Object.prototype.hasOwnProperty.call(attributes, name) && attributes[name] !== null && attributes[name] !== undefined) {
        node.setAttribute(name, String(attributes[name]));
      }
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  /* ---- Dates ---------------------------------------------------------------------------- */

  var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

  function parseIso(text) {
    var match = ISO.exec(text || "");
    if (!match) { return null; }
    return { date: match[1] + "-" + match[2] + "-" + match[3], year: +match[1], month: +match[2], day: +match[3],
             clock: match[4] ? match[4] + ":" + match[5] : "", seconds: match[6] || "00",
             zone: match[7] === "Z" ? "UTC" : (match[7] || "") };
  }

  function isMidnight(part) { return !part.clock || (part.clock === "00:00" && part.seconds === "00"); }

  function dayBefore(part) {
    var day = new Date(Date.UTC(part.year, part.month - 1, part.day - 1));
    return day.toISOString().slice(0, 10);
  }

  /* "2011-09-14" for a day, "2011-05-01 – 2011-05-31" for a span of days, clock times otherwise. */
  function describeInterval(interval) {
    if (!interval) { return ""; }
    var start = parseIso(interval[0]), end = parseIso(interval[1]);
    if (!start || !end) { return interval[0] + " – " + interval[1]; }
    if (isMidnight(start) && isMidnight(end)) {
      var last = dayBefore(end);
      return last === start.date ? start.date : start.date + " – " + last;
    }
    var tail = end.date === start.date ? end.clock : end.date + " " + end.clock;
    return start.date + " " + start.clock + " – " + tail + (start.zone ? " " + start.zone : "");
  }

  function instant(text) {
    var value = Date.parse(text || "");
    return isNaN(value) ? null : value;
  }

  /* ---- Rendering one document ----------------------------------------------------------- */

  function render(data) {
    state.documents = (data && data.documents) || [];
    renderNavigation();
    renderOther(data || {});
    var first = -1;
    state.documents.forEach(function (doc, index) {
      if (first < 0 && (doc.findings || []).length) { first = index; }
    });
    if (state.documents.length) { showDocument(Math.max(first, 0)); } else { byId("result").hidden = true; }
    state.checks += 1;
    byId("result").setAttribute("data-checks", String(state.checks));
  }

  function renderNavigation() {
    var nav = byId("documents");
    clear(nav);
    nav.hidden = state.documents.length < 2;
    state.documents.forEach(function (doc, index) {
      var count = (doc.findings || []).length;
      var button = h("button", { type: "button", "data-index": index }, [doc.id + " (" + plural(count, "finding") + ")"]);
      button.addEventListener("click", function () { showDocument(index); });
      nav.appendChild(button);
    });
  }

  function renderOther(data) {
    var batch = data.batch_findings || [], errors = data.errors || [];
    byId("other").hidden = !batch.length && !errors.length;
    var batchList = byId("batch"), errorList = byId("errors");
    clear(batchList);
    clear(errorList);
    batch.forEach(function (finding) { batchList.appendChild(findingItem(finding, null)); });
    byId("errors-heading").hidden = !errors.length;
    errors.forEach(function (problem) {
      errorList.appendChild(h("li", {}, [problem.path + (problem.line ? ":" + problem.line : "") + ": " + problem.reason]));
    });
  }

  function showDocument(index) {
    var doc = state.documents[index];
    state.current = index;
    state.selected = -1;
    Array.prototype.forEach.call(byId("documents").children, function (button, position) {
      button.setAttribute("aria-current", position === index ? "true" : "false");
    });
    byId("result").hidden = false;
    byId("doc-title").textContent = doc.path || doc.id;
    renderStamps(doc);
    var segments = renderText(doc);
    state.pieces = segments.pieces;
    renderFindings(doc, segments);
    renderExpressions(doc, segments);
    renderStampTable(doc);
    renderTimeline(doc);
    renderDetail(doc, -1);
  }

  function stampLine(label, stamp, reason) {
    var value = stamp ? stamp.value || stamp.raw : "none found";
    var source = stamp ? " (" + stamp.source + (stamp.selector ? ", " + stamp.selector : "") + ")" : "";
    return h("div", { title: reason || "" }, [h("dt", {}, [label]), h("dd", {}, [value, h("span", { "class": "source" }, [source])])]);
  }

  function renderStamps(doc) {
    var bar = byId("stampbar"), explain = doc.explain || {};
    clear(bar);
    bar.appendChild(stampLine("Published", doc.published, explain.published));
    bar.appendChild(stampLine("Updated", doc.updated, explain.updated));
    bar.appendChild(h("div", { title: explain.anchor || "" }, [h("dt", {}, ["Anchor"]), h("dd", {}, [doc.anchor || "none"])]));
    var summary = doc.summary;
    if (summary) {
      bar.appendChild(h("div", {}, [h("dt", {}, ["Findings"]), h("dd", {}, [
        plural(summary.error, "error") + ", " + plural(summary.warning, "warning") + ", " + plural(summary.info, "note")])]));
    }
  }

  function expressionTitle(timex) {
    var parts = [timex.type + " " + timex.value];
    if (timex.interval) { parts.push(describeInterval(timex.interval)); }
    if (timex.rule) { parts.push("rule " + timex.rule); }
    return parts.join(" · ");
  }

  function worst(findings) {
    var rank = 3;
    findings.forEach(function (item) { rank = Math.min(rank, SEVERITIES.indexOf(item.data.severity)); });
    return SEVERITIES[rank] || "info";
  }

  /* Split the text at every boundary of an expression, a finding or a stamp; each piece is one
   * text node, wrapped when something covers it. Returns where each item starts and its pieces. */
  function renderText(doc) {
    var container = byId("text"), text = doc.text || "", length = text.length;
    var items = [], bounds = [0, length], segments = { timex: {}, finding: {}, pieces: {} };
    function add(kind, index, span, data) {
      if (!span) { return; }
      var start = Math.max(0, Math.min(span[0], length)), end = Math.max(0, Math.min(span[1], length));
      if (end <= start) { return; }
      items.push({ kind: kind, index: index, start: start, end: end, data: data });
      bounds.push(start, end);
    }
    (doc.expressions || []).forEach(function (timex, index) { add("timex", index, [timex.start, timex.end], timex); });
    (doc.findings || []).forEach(function (finding, index) { add("finding", index, finding.span, finding); });
    (doc.stamps || []).forEach(function (stamp, index) { add("stamp", index, stamp.span, stamp); });
    bounds = bounds.sort(function (a, b) { return a - b; }).filter(function (value, i, all) { return i === 0 || value !== all[i - 1]; });
    items.sort(function (a, b) { return a.start - b.start; });

    clear(container);
    var fragment = document.createDocumentFragment(), active = [], next = 0, i;
    for (i = 0; i + 1 < bounds.length; i += 1) {
      var from = bounds[i], to = bounds[i + 1];
      active = active.filter(function (item) { return item.end > from; });
      while (next < items.length && items[next].start <= from) {
        if (items[next].end > from) { active.push(items[next]); }
        next += 1;
      }
      var piece = document.createTextNode(text.slice(from, to));
      if (!active.length) { fragment.appendChild(piece); continue; }
      var timexes = active.filter(function (item) { return item.kind === "timex"; });
      var findings = active.filter(function (item) { return item.kind === "finding"; });
      var stamps = active.filter(function (item) { return item.kind === "stamp"; });
      var node = h(timexes.length ? "mark" : "span", { id: "s" + i }, [piece]);
      var classes = [];
      if (timexes.length) {
        var timex = timexes[0];
        classes.push("timex");
        node.setAttribute("data-timex", String(timex.index));
        node.setAttribute("tabindex", "0");
        node.title = expressionTitle(timex.data);
        if (timex.end === to) {
          classes.push("end");
          node.setAttribute("data-value", timex.data.value);
        }
        node.addEventListener("click", selectHandler(timex.index));
        node.addEventListener("keydown", keyHandler(timex.index));
      }
      if (findings.length) {
        classes.push("finding", "sev-" + worst(findings));
        node.setAttribute("data-findings", findings.map(function (item) { return item.data.code; }).join(" "));
        if (!timexes.length) {
          node.title = findings.map(function (item) { return item.data.code + " " + item.data.message; }).join("\n");
        }
      }
      if (stamps.length) { classes.push("stamp"); }
      node.className = classes.join(" ");
      active.forEach(function (item) {
        var key = item.kind + ":" + item.index;
        if (!segments.pieces[key]) { segments.pieces[key] = []; }
        segments.pieces[key].push(node);
        if (item.kind !== "stamp" && segments[item.kind][item.index] === undefined) { segments[item.kind][item.index] = "s" + i; }
      });
      fragment.appendChild(node);
    }
    container.appendChild(fragment);
    return segments;
  }

  function selectHandler(index) { return function () { select(index, false); }; }

  function keyHandler(index) {
    return function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(index, false); }
    };
  }

  function flash(node) {
    node.classList.remove("flash");
    void node.offsetWidth;  // restart the animation
    node.classList.add("flash");
  }

  function goTo(id) {
    var node = byId(id);
    if (!node) { return; }
    node.scrollIntoView({ block: "center", behavior: "smooth" });
    flash(node);
  }

  function linkTo(id, label) {
    if (!id) { return h("span", {}, [label]); }
    var link = h("a", { href: "#" + id }, [label]);
    link.addEventListener("click", function (event) { event.preventDefault(); goTo(id); });
    return link;
  }

  function findingItem(finding, segment) {
    var where = finding.line ? "line " + finding.line + ", column " + finding.column : "";
    var prefix = finding.path ? finding.path + ": " : "";
    return h("li", { "class": "sev-" + finding.severity, "data-code": finding.code }, [
      linkTo(segment, finding.code), " ",
      h("span", { "class": "name" }, [finding.name]),
      h("p", { "class": "message" }, [finding.message]),
      h("span", { "class": "where" }, [segment ? where : prefix + where + (finding.span ? "" : " (metadata, not in the text)")]),
      finding.fix ? h("p", { "class": "fix" }, ["Fix: " + finding.fix.title]) : null
    ]);
  }

  function renderFindings(doc, segments) {
    var box = byId("findings"), findings = doc.findings;
    clear(box);
    if (!findings) { box.appendChild(h("p", { "class": "empty" }, ["Not checked (expressions only)."])); return; }
    if (!findings.length) { box.appendChild(h("p", { "class": "empty" }, ["No findings."])); return; }
    SEVERITIES.forEach(function (severity) {
      var list = [];
      findings.forEach(function (finding, index) { if (finding.severity === severity) { list.push(index); } });
      if (!list.length) { return; }
      box.appendChild(h("h4", { "class": "sev-" + severity }, [SEVERITY_TITLES[severity] + " (" + list.length + ")"]));
      var ol = h("ol", { "class": "findings" }, []);
      list.forEach(function (index) { ol.appendChild(findingItem(findings[index], segments.finding[index])); });
      box.appendChild(ol);
    });
  }

  function renderExpressions(doc, segments) {
    var body = byId("expressions").tBodies[0];
    clear(body);
    (doc.expressions || []).forEach(function (timex, index) {
      var link = linkTo(segments.timex[index], timex.text);
      link.addEventListener("click", function () { select(index, false); });
      body.appendChild(h("tr", { "data-timex": index }, [
        h("td", {}, [link]), h("td", {}, [timex.type]), h("td", { "class": "value" }, [timex.value]),
        h("td", { "class": "value" }, [describeInterval(timex.interval)]), h("td", {}, [timex.rule || ""]),
        h("td", {}, [String(timex.line)])
      ]));
    });
    if (!(doc.expressions || []).length) {
      body.appendChild(h("tr", {}, [h("td", { colspan: 6, "class": "empty" }, ["No temporal expressions found."])]));
    }
  }

  function renderStampTable(doc) {
    var body = byId("stamps").tBodies[0];
    clear(body);
    (doc.stamps || []).forEach(function (stamp) {
      body.appendChild(h("tr", {}, [
        h("td", {}, [stamp.kind]), h("td", {}, [stamp.source]), h("td", {}, [stamp.selector || ""]),
        h("td", {}, [stamp.raw]), h("td", { "class": "value" }, [stamp.value || (stamp.problem ? "unreadable: " + stamp.problem : "")]),
        h("td", {}, [(stamp.chosen || []).join(", ")])
      ]));
    });
    if (!(doc.stamps || []).length) {
      body.appendChild(h("tr", {}, [h("td", { colspan: 6, "class": "empty" }, ["No stamps found."])]));
    }
  }

  function renderDetail(doc, index) {
    var box = byId("detail");
    clear(box);
    box.appendChild(h("h3", {}, ["Expression"]));
    var timex = (doc.expressions || [])[index];
    if (!timex) {
      box.appendChild(h("p", { "class": "hint" }, ["Select a highlighted expression to see its value."]));
      return;
    }
    var rows = [["Text", timex.text], ["Type", timex.type], ["TIMEX3 value", timex.value]];
    if (timex.interval) { rows.push(["Date or interval", describeInterval(timex.interval)]); }
    if (timex.mod) { rows.push(["Modifier", timex.mod]); }
    rows.push(["Resolved against", timex.anchor || "nothing (absolute)"]);
    rows.push(["Grammar rule", timex.rule || ""]);
    rows.push(["Line", timex.line + ", column " + timex.column]);
    if (timex.alternatives) { rows.push(["Also possible", timex.alternatives.join(", ")]); }
    var list = h("dl", {}, []);
    rows.forEach(function (row) {
      list.appendChild(h("dt", {}, [row[0]]));
      list.appendChild(h("dd", { "data-field": row[0] }, [row[1]]));
    });
    box.appendChild(list);
  }

  function select(index, scroll) {
    var doc = state.documents[state.current], pieces = state.pieces || {};
    Array.prototype.forEach.call(document.querySelectorAll(".selected"), function (node) { node.classList.remove("selected"); });
    state.selected = index;
    (pieces["timex:" + index] || []).forEach(function (node) { node.classList.add("selected"); });
    Array.prototype.forEach.call(document.querySelectorAll('#timeline [data-timex="' + index + '"]'), function (node) {
      node.classList.add("selected");
    });
    if (scroll && (pieces["timex:" + index] || []).length) { goTo(pieces["timex:" + index][0].id); }
    renderDetail(doc, index);
  }

  /* ---- Timeline ------------------------------------------------------------------------- */

  function ticks(low, high) {
    var years = (high - low) / (365.25 * 864e5), out = [], start = new Date(low), step, date;
    if (years > 2) {
      step = Math.max(1, Math.ceil(years / 8));
      for (date = Date.UTC(start.getUTCFullYear() + 1, 0, 1); date < high; date = Date.UTC(new Date(date).getUTCFullYear() + step, 0, 1)) {
        out.push({ at: date, label: String(new Date(date).getUTCFullYear()) });
      }
    } else if (years > 0.25) {
      step = Math.max(1, Math.ceil(years * 12 / 8));
      for (date = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); date < high;
           date = Date.UTC(new Date(date).getUTCFullYear(), new Date(date).getUTCMonth() + step, 1)) {
        out.push({ at: date, label: new Date(date).toISOString().slice(0, 7) });
      }
    } else {
      step = Math.max(1, Math.ceil((high - low) / 864e5 / 8));
      for (date = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1); date < high; date += step * 864e5) {
        out.push({ at: date, label: new Date(date).toISOString().slice(0, 10) });
      }
    }
    return out;
  }

  function renderTimeline(doc) {
    var figure = byId("timeline");
    clear(figure);
    var events = [], marks = [];
    (doc.expressions || []).forEach(function (timex, index) {
      if (!timex.interval) { return; }
      var start = instant(timex.interval[0]), end = instant(timex.interval[1]);
      if (start !== null && end !== null) { events.push({ index: index, start: start, end: end, timex: timex }); }
    });
    [["published", doc.published], ["updated", doc.updated]].forEach(function (pair) {
      var at = pair[1] ? instant(pair[1].value) : null;
      if (at !== null) { marks.push({ kind: pair[0], at: at, label: pair[0] + " " + pair[1].value.slice(0, 10) }); }
    });
    if (!events.length && !marks.length) { figure.hidden = true; return; }
    figure.hidden = false;
    var low = Infinity, high = -Infinity;
    events.forEach(function (event) { low = Math.min(low, event.start); high = Math.max(high, event.end); });
    marks.forEach(function (mark) { low = Math.min(low, mark.at); high = Math.max(high, mark.at); });
    if (high - low < 864e5) { low -= 432e5; high += 432e5; }
    var pad = (high - low) * 0.04;
    low -= pad;
    high += pad;
    var width = 900, left = 10, right = width - 10, rowHeight = 12, top = 8 + marks.length * 13, rowEnds = [], maxRows = 6;
    function x(at) { return left + (at - low) / (high - low) * (right - left); }
    events.sort(function (a, b) { return a.start - b.start; });
    events.forEach(function (event) {
      var from = x(event.start), row = 0;
      while (row < rowEnds.length && rowEnds[row] > from - 2 && row < maxRows - 1) { row += 1; }
      event.row = row;
      rowEnds[row] = Math.max(rowEnds[row] || 0, Math.max(x(event.end), from + 3));
    });
    var rows = Math.max(1, rowEnds.length), axisY = top + rows * rowHeight + 8, height = axisY + 22;
    var root = s("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "Resolved dates against the publication and update stamps" }, []);
    root.appendChild(s("title", {}, ["Resolved dates against the publication and update stamps"]));
    ticks(low, high).forEach(function (tick) {
      root.appendChild(s("g", { "class": "tick" }, [
        s("line", { x1: x(tick.at), x2: x(tick.at), y1: top - 4, y2: axisY }, []),
        s("text", { x: x(tick.at), y: axisY + 15, "text-anchor": "middle" }, [tick.label])
      ]));
    });
    root.appendChild(s("line", { "class": "axis", x1: left, x2: right, y1: axisY, y2: axisY }, []));
    events.forEach(function (event) {
      var from = x(event.start), size = Math.max(3, x(event.end) - from);
      var rect = s("rect", { "class": "event", x: from, y: top + event.row * rowHeight, width: size, height: rowHeight - 3,
                              rx: 1.5, "data-timex": event.index }, [
        s("title", {}, [event.timex.text + " → " + event.timex.value + " (" + describeInterval(event.timex.interval) + ")"])
      ]);
      rect.addEventListener("click", function () { select(event.index, true); });
      root.appendChild(rect);
    });
    marks.forEach(function (mark, position) {
      var at = x(mark.at), anchor = at > width * 0.75 ? "end" : "start", shift = anchor === "end" ? -4 : 4;
      root.appendChild(s("g", { "class": mark.kind, "data-stamp": mark.kind }, [
        s("line", { x1: at, x2: at, y1: 4, y2: axisY }, []),
        s("text", { x: at + shift, y: 12 + position * 13, "text-anchor": anchor }, [mark.label])
      ]));
    });
    figure.appendChild(root);
    figure.appendChild(h("figcaption", { "class": "hint" }, [
      plural(events.length, "dated expression") + " against the publication and update stamps"]));
  }

  /* ---- The editor (served page only) ---------------------------------------------------- */

  function detectKind(text, name) {
    var lower = (name || "").toLowerCase();
    if (/\.(html?|xhtml)$/.test(lower)) { return "html"; }
    if (/\.(md|markdown)$/.test(lower)) { return "markdown"; }
    if (/\.(txt|text)$/.test(lower)) { return "text"; }
    if (/^\s*(---|\+\+\+)\s*\r?\n/.test(text)) { return "markdown"; }
    if (/^\s*</.test(text) && /<\/?(html|head|body|article|main|div|p|meta|time)\b/i.test(text)) { return "html"; }
    return "text";
  }

  function setStatus(message, isError) {
    var status = byId("status");
    status.textContent = message;
    status.className = isError ? "error" : "";
  }

  /* Ask the API about the article in the box. Typing pauses call this unforced: an article
   * already checked as it stands is not sent again. */
  function check(force) {
    var text = byId("article").value, chosen = byId("kind").value, body = {}, headers = { "Content-Type": "application/json" };
    if (!text.trim()) { state.sequence += 1; state.lastBody = ""; setStatus("", false); byId("result").hidden = true; return; }
    body[chosen === "auto" ? detectKind(text, state.fileName) : chosen] = text;
    ["published", "updated", "url"].forEach(function (field) {
      var value = byId(field).value.trim();
      if (value) { body[field] = value; }
    });
    var serialized = JSON.stringify(body);
    if (!force && serialized === state.lastBody) { return; }
    state.lastBody = serialized;
    var sequence = (state.sequence += 1);
    var token = byId("token").value.trim();
    if (token) {
      headers.Authorization = "Bearer " + token;
      try { window.sessionStorage.setItem("timecheck-token", token); } catch (ignored) { /* storage off */ }
    }
    setStatus("Checking…", false);
    window.fetch("v1/check", { method: "POST", headers: headers, body: serialized, credentials: "same-origin" })
      .then(function (response) {
        return response.json().then(function (json) { return { response: response, json: json }; },
                                    function () { return { response: response, json: null }; });
      })
      .then(function (result) {
        if (sequence !== state.sequence) { return; }
        if (!result.response.ok) {
          var error = (result.json && result.json.error) || {};
          if (result.response.status === 401) { byId("more").open = true; }
          setStatus(result.response.status + " " + (error.message || result.response.statusText), true);
          return;
        }
        var summary = result.json.summary || { error: 0, warning: 0, info: 0 };
        setStatus(plural(result.json.expressions.length, "expression") + ", " +
                  plural(summary.error + summary.warning + summary.info, "finding"), false);
        render({ documents: [result.json] });
      })
      .catch(function (error) {
        if (sequence === state.sequence) { setStatus("The service did not answer: " + error.message, true); }
      });
  }

  function readFile(file) {
    if (!file) { return; }
    file.text().then(function (text) {
      state.fileName = file.name;
      byId("article").value = text;
      byId("kind").value = "auto";
      check(true);
    });
  }

  function setupEditor() {
    var area = byId("article"), drop = byId("drop"), timer = null;
    byId("input").hidden = false;
    try { byId("token").value = window.sessionStorage.getItem("timecheck-token") || ""; } catch (ignored) { /* storage off */ }
    byId("form").addEventListener("submit", function (event) { event.preventDefault(); check(true); });
    area.addEventListener("paste", function () {
      state.fileName = "";
      window.setTimeout(function () { check(true); }, 0);  // after the pasted text is in the box
    });
    area.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { check(false); }, 700);
    });
    byId("kind").addEventListener("change", function () { check(false); });
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.add("over"); });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("over");
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length) { readFile(files[0]); return; }
      var text = event.dataTransfer ? event.dataTransfer.getData("text/plain") : "";
      if (text) { area.value = text; state.fileName = ""; check(true); }
    });
    byId("file").addEventListener("change", function (event) { readFile(event.target.files[0]); });
  }

  function start() {
    var data = JSON.parse(byId("timecheck-data").textContent || "null");
    if (data) { render(data); } else { setupEditor(); }
    document.documentElement.setAttribute("data-ready", "true");
  }

  start();
}());
