// chainkg explorer: served by `chainkg serve` from the binary, plain JS,
// no libraries. Pages by the address's fragment:
//   #/            zones and industries
//   #/search/Q    entities whose names contain Q
//   #/e/IRI       an entity: names, facts with their sentences; a zone or
//                 an industry also its chain diagram, a zone its tables
//   #/sparql      the query editor
// Data is shown with textContent only (never innerHTML), except the
// diagram's SVG, which the server renders with Graphviz.
"use strict";

const ID = "https://w3id.org/chainkg/id/";
const PREFIXES = [
  ["ck", "https://w3id.org/chainkg/ontology#"],
  ["id", ID],
  ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
  ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
  ["xsd", "http://www.w3.org/2001/XMLSchema#"],
  ["skos", "http://www.w3.org/2004/02/skos/core#"],
  ["dcterms", "http://purl.org/dc/terms/"],
  ["prov", "http://www.w3.org/ns/prov#"],
  ["unit", "http://qudt.org/vocab/unit/"],
];
const PREFIX_BLOCK = PREFIXES.map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n") + "\n";

const CLASSES = {
  Zone: "园区 Zone", Enterprise: "企业 Enterprise", Project: "项目 Project",
  Industry: "产业 Industry", Product: "产品 Product", Institution: "机构 Institution",
  GovernmentBody: "政府机构 Government body", Person: "人物 Person", Place: "地点 Place",
  Article: "文章 Article",
};
// property → [reading forwards, reading backwards]
const PROPS = {
  hostsEnterprise: ["入驻企业 hosts enterprise", "所在园区 in zone"],
  hostsProject: ["园区项目 hosts project", "所在园区 in zone"],
  partOfZone: ["隶属园区 part of zone", "下辖园区 has part"],
  locatedIn: ["位于 located in", "所在地 location of"],
  focusesOn: ["主导产业 focuses on", "发展该产业的园区 zone developing it"],
  leadsChain: ["链主 leads chain", "链主企业 chain leader"],
  inIndustry: ["所属产业 in industry", "产业成员 member"],
  ownedBy: ["建设主体 owned by", "拥有项目 owns project"],
  produces: ["产品 produces", "生产者 produced by"],
  feedstockOf: ["下游产品 feedstock of", "上游原料 made from"],
  byproductOf: ["副产品来源 by-product of", "副产品 yields by-product"],
  cooperatesWith: ["合作 cooperates with", "合作方 cooperates with"],
  mentionedIn: ["提及于 mentioned in", "提及 mentions"],
  investment: ["总投资 investment"], landArea: ["占地面积 land area"],
  floorArea: ["建筑面积 floor area"], operationDate: ["投运时间 opening date"],
  progress: ["进度 progress"], annualCapacity: ["年产能 annual capacity"],
  indicator: ["指标 indicator"],
  "dcterms:title": ["标题 title"], "dcterms:creator": ["作者 author"],
  "dcterms:publisher": ["来源 publisher"], "dcterms:date": ["日期 date"],
  "dcterms:source": ["文件 source file"],
};

const $ = (id) => document.getElementById(id);
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
const entityHref = (iri) => "#/e/" + encodeURIComponent(iri);
function link(iri, label) {
  const a = el("a", label || compact(iri));
  a.href = entityHref(iri);
  a.title = iri;
  return a;
}
function compact(iri) {
  for (const [p, ns] of PREFIXES) if (iri.startsWith(ns)) return p + ":" + iri.slice(ns.length);
  return iri;
}
function badge(cls) {
  return el("span", CLASSES[cls] || cls || "—", "badge " + (cls || ""));
}
async function getJSON(url) {
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  const text = await resp.text();
  if (!resp.ok) throw new Error(text.trim() || resp.statusText);
  return JSON.parse(text);
}
async function sparqlJSON(query) {
  const resp = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: query,
  });
  const text = await resp.text();
  if (!resp.ok) throw new Error(text.trim());
  return JSON.parse(text);
}

// ---------------------------------------------------------------- router

function route() {
  let hash = "/";
  try { hash = decodeURIComponent(location.hash.slice(1) || "/"); } catch (e) { /* a mangled address: home */ }
  const sparql = hash === "/sparql";
  $("sparql-view").hidden = !sparql;
  $("explore-view").hidden = sparql;
  $("tab-sparql").classList.toggle("active", sparql);
  $("tab-explore").classList.toggle("active", !sparql);
  hideSuggest();
  if (sparql) {
    document.title = "chainkg · SPARQL";
    return;
  }
  const view = $("explore-view");
  view.replaceChildren();
  window.scrollTo(0, 0);
  if (hash.startsWith("/e/")) showEntity(view, hash.slice(3));
  else if (hash.startsWith("/search/")) showSearch(view, hash.slice(8));
  else showHome(view);
}
window.addEventListener("hashchange", route);

// ---------------------------------------------------------------- search

let suggestTimer = 0;
let suggestSeq = 0;
// Hiding also drops a suggestion still on its way.
function hideSuggest() { clearTimeout(suggestTimer); suggestSeq++; $("suggest").hidden = true; }
$("search").addEventListener("input", () => {
  clearTimeout(suggestTimer);
  const q = $("search").value.trim();
  if (!q) { hideSuggest(); return; }
  suggestTimer = setTimeout(async () => {
    const seq = ++suggestSeq;
    try {
      const res = await getJSON("/api/search?q=" + encodeURIComponent(q));
      if (seq !== suggestSeq) return;
      const ul = $("suggest");
      ul.replaceChildren();
      for (const r of res.results.slice(0, 12)) {
        const a = link(r.iri, r.label);
        a.prepend(badge(r.class));
        if (r.name !== r.label) a.append(el("span", "  (" + r.name + ")", "muted"));
        const li = el("li"); li.append(a); ul.append(li);
      }
      ul.hidden = res.results.length === 0;
    } catch (e) { hideSuggest(); }
  }, 180);
});
$("search").addEventListener("keydown", (e) => {
  if (e.key === "Escape") hideSuggest();
});
document.addEventListener("click", (e) => { if (!$("search-form").contains(e.target)) hideSuggest(); });
$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("search").value.trim();
  hideSuggest();
  if (q) location.hash = "#/search/" + encodeURIComponent(q);
});

async function showSearch(view, q) {
  document.title = "chainkg · " + q;
  view.append(el("h1", `Names containing “${q}”`));
  const status = el("p", "searching…", "muted");
  view.append(status);
  try {
    const res = await getJSON("/api/search?q=" + encodeURIComponent(q));
    status.textContent = res.total === 0
      ? "Nothing found. Try a shorter part of the name (古县, 焦化, 安泰)."
      : `${res.total} entit${res.total === 1 ? "y" : "ies"}` + (res.total > res.results.length ? `, the first ${res.results.length}` : "");
    const list = el("div", undefined, "card");
    list.id = "search-results";
    for (const r of res.results) {
      const row = el("div");
      row.append(badge(r.class), link(r.iri, r.label));
      if (r.name !== r.label) row.append(el("span", "  also called " + r.name, "muted"));
      list.append(row);
    }
    if (res.results.length) view.append(list);
    if (res.results.length === 1) location.replace(entityHref(res.results[0].iri));
  } catch (e) {
    status.className = "err"; status.textContent = String(e.message || e);
  }
}

// ---------------------------------------------------------------- home

async function showHome(view) {
  document.title = "chainkg · 产业链知识图谱";
  view.append(el("h1", "Industry chains in the news 新闻中的产业链"));
  view.append(el("p", "Search a zone, company, project, product or industry by any of its names above, or start from a zone or an industry below. Every fact links to the sentence it was read from.", "muted"));
  const grid = el("div", undefined, "grid2");
  view.append(grid);
  for (const [cls, title] of [["Zone", "园区 Zones"], ["Industry", "产业 Industries"], ["Enterprise", "企业 Enterprises"]]) {
    const card = el("div", undefined, "card");
    card.append(el("h2", title));
    grid.append(card);
    try {
      const res = await sparqlJSON(`PREFIX ck: <${PREFIXES[0][1]}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?l (COUNT(DISTINCT ?x) AS ?n) WHERE { ?e a ck:${cls} ; rdfs:label ?l . OPTIONAL { { ?e ?p ?x } UNION { ?x ?p ?e } FILTER(?p NOT IN (ck:mentionedIn, <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) && isIRI(?x)) } }
GROUP BY ?e ?l ORDER BY DESC(?n) ?l LIMIT 40`);
      for (const b of res.results.bindings) {
        const row = el("div");
        row.append(link(b.e.value, b.l.value), el("span", "  " + b.n.value + " links", "muted"));
        card.append(row);
      }
      if (!res.results.bindings.length) card.append(el("p", "none yet — build some articles into the store", "muted"));
    } catch (e) {
      card.append(el("p", String(e.message || e), "err"));
    }
  }
}

// ---------------------------------------------------------------- entity

async function showEntity(view, iri) {
  const status = el("p", "loading…", "muted");
  view.append(status);
  let ent;
  try {
    ent = await getJSON("/api/entity?iri=" + encodeURIComponent(iri));
  } catch (e) {
    status.className = "err"; status.textContent = String(e.message || e);
    return;
  }
  status.remove();
  if (!ent.found) {
    view.append(el("h1", "Not in the store"), el("p", iri, "iri"));
    return;
  }
  const title = ent.label || ent.meta.title || compact(iri);
  document.title = "chainkg · " + title;
  const h = el("h1");
  h.append(badge(ent.class), document.createTextNode(title));
  h.id = "entity-title";
  view.append(h);
  if (ent.names.length) view.append(el("div", "Also called 别名: " + ent.names.join(" · "), "names"));
  if (ent.classes.length > 1) view.append(el("div", "Classes: " + ent.classes.join(", "), "muted"));
  view.append(el("div", iri, "iri"));
  if (ent.meta.source) view.append(el("div", "Source file: " + ent.meta.source, "muted"));

  if (ent.class === "Zone" || ent.class === "Industry") {
    view.append(el("h2", "Chain diagram 产业链图"));
    const box = el("div", "rendering the diagram…", "diagram muted");
    box.id = "diagram";
    view.append(box);
    fetch("/api/diagram?iri=" + encodeURIComponent(iri)).then(async (resp) => {
      const text = await resp.text();
      if (!resp.ok) { box.className = "diagram err"; box.textContent = text.trim(); return; }
      box.className = "diagram";
      // SVG from Graphviz on this server: labels escaped by dot, links are
      // this page's own fragments.
      box.innerHTML = text;
    }).catch((e) => { box.className = "diagram err"; box.textContent = "diagram failed: " + e; });
  }
  if (ent.zone) zoneTables(view, ent.zone);

  // (The articles an entity is mentioned in come apart, as `articles`.)
  const facts = ent.facts;
  const values = facts.filter((f) => f.other.iri === undefined && f.dir === "out");
  const rel = facts.filter((f) => !values.includes(f));
  if (values.length) view.append(el("h2", "Values 数值"), factList(values, ent));
  view.append(el("h2", `Facts 关系 (${rel.length})`));
  view.append(rel.length ? factList(rel, ent) : el("p", "no relations", "muted"));
  if (ent.articles.length) {
    view.append(el("h2", "Mentioned in 来源文章"));
    const card = el("div", undefined, "card");
    for (const a of ent.articles) {
      const row = el("div");
      row.append(link(a.iri, a.label || compact(a.iri)));
      card.append(row);
    }
    view.append(card);
  }
}

function factList(facts, ent) {
  const order = (f) => Object.keys(PROPS).indexOf(f.property) * 2 + (f.dir === "in" ? 1 : 0);
  facts.sort((a, b) => order(a) - order(b) || (a.other.label || a.other.display || "").localeCompare(b.other.label || b.other.display || "", "zh"));
  const card = el("div", undefined, "card facts");
  for (const f of facts) {
    const row = el("div", undefined, "fact");
    const names = PROPS[f.property] || [f.property];
    const name = f.dir === "in" ? (names[1] || "← " + names[0]) : names[0];
    const prop = el("div", undefined, "prop");
    const [zh, ...en] = name.split(" ");
    prop.append(document.createTextNode(zh), el("small", (f.dir === "in" ? "← " : "") + (en.join(" ") || (f.property.includes(":") ? "" : "ck:") + f.property)));
    const obj = el("div", undefined, "obj");
    if (f.other.iri) {
      if (f.other.class) obj.append(badge(f.other.class));
      obj.append(link(f.other.iri, f.other.label));
    } else {
      obj.append(el("span", f.other.display || f.other.value, "value"));
    }
    row.append(prop, obj);
    for (const p of f.provenance) row.append(provenance(p));
    // Relations are read from sentences; an article's own metadata and its
    // mentions are not.
    if (!f.provenance.length && f.property !== "mentionedIn" && !f.property.includes(":")) {
      const none = el("div", "stated in an article graph (no sentence recorded)", "prov muted");
      row.append(none);
    }
    card.append(row);
  }
  return card;
}

function provenance(p) {
  const box = el("div", undefined, "prov");
  const where = el("div", undefined, "where");
  where.append(el("span", "出处 read in ", "muted"));
  if (p.article) where.append(link(p.article, p.title || "article " + p.article.split("/").pop() + " (untitled)"));
  if (p.source) where.append(document.createTextNode(" · " + p.source.split("/").pop()));
  if (p.start !== null && p.start !== undefined) where.append(document.createTextNode(` · chars ${p.start}–${p.end}`));
  where.append(document.createTextNode(" · rule "), el("code", p.rule || "?"));
  box.append(where);
  if (p.sentence) {
    const s = el("p", undefined, "sentence");
    highlight(s, p.sentence, p.marks || []);
    box.append(s);
  }
  return box;
}

// Marks every occurrence of the names (and the value's wording) in the
// sentence; the print's line breaks and spaces inside a name are allowed.
function highlight(node, text, marks) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = marks.filter((m) => m && m.length > 1).sort((a, b) => b.length - a.length)
    .map((m) => Array.from(m).map(esc).join("\\s*"));
  if (!parts.length) { node.textContent = text; return; }
  const re = new RegExp(parts.join("|"), "g");
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    node.append(document.createTextNode(text.slice(last, m.index)), el("mark", m[0]));
    last = m.index + m[0].length;
  }
  node.append(document.createTextNode(text.slice(last)));
}

function zoneTables(view, zone) {
  view.append(el("h2", `Enterprises 企业 (${zone.enterprises.length})`));
  const ref = (x) => x && x.iri ? { link: [x.iri, x.label] } : { text: "" };
  view.append(sortable(["Enterprise 企业", "Zone / part 所在园区", "Chain leader of 链主"],
    zone.enterprises.map((e) => [
      { link: [e.iri, e.label] }, ref(e.zone),
      { links: e.leads.map((l) => [l.iri, l.label]) },
    ]), "enterprises"));
  view.append(el("h2", `Projects 项目 (${zone.projects.length})`));
  const num = (v, text) => v === null || v === undefined ? { text: "" } : { num: v, text };
  view.append(sortable(
    ["Project 项目", "Zone / part 所在园区", "Owner 建设主体", "Investment 总投资", "Land area 占地", "Floor area 建筑面积", "Capacity 产能", "Opening 投运"],
    zone.projects.map((p) => [
      { link: [p.iri, p.label] }, ref(p.zone), ref(p.owner),
      num(p.investment, p.investment_text), num(p.land_area, p.land_area_text),
      num(p.floor_area, p.floor_area_text), { text: p.capacity || "" }, { text: p.operation_date || "" },
    ]), "projects"));
}

// A table whose columns sort on a click; cells are {text}, {num, text},
// {link: [iri, label]} or {links: [[iri, label]…]}.
function sortable(headers, rows, id) {
  // Columns no row fills (no project of the zone has an area) are left out.
  const blank = (c) => !c.link && !(c.links && c.links.length) && c.num === undefined && !c.text;
  const empty = headers.map((_, col) => rows.length > 0 && rows.every((r) => blank(r[col])));
  const t = el("table");
  if (id) t.id = id;
  const tr = el("tr");
  headers.forEach((h, col) => { const th = el("th", h); th.hidden = empty[col]; tr.append(th); });
  t.append(el("thead")); t.tHead.append(tr);
  const body = el("tbody");
  t.append(body);
  const key = (c) => c.num !== undefined ? c.num : c.link ? c.link[1] : c.links ? c.links.map((l) => l[1]).join(",") : c.text;
  const draw = () => {
    body.replaceChildren();
    for (const r of rows) {
      const row = el("tr");
      for (const [col, c] of r.entries()) {
        const td = el("td");
        td.hidden = empty[col];
        if (c.link) td.append(link(c.link[0], c.link[1]));
        else if (c.links) c.links.forEach((l, i) => { if (i) td.append(", "); td.append(link(l[0], l[1])); });
        else td.textContent = c.text;
        if (c.num !== undefined) { td.className = "num"; td.title = String(c.num); }
        row.append(td);
      }
      body.append(row);
    }
  };
  makeSortable(t, (col, dir) => {
    rows.sort((a, b) => dir * compareKeys(key(a[col]), key(b[col])));
    draw();
  });
  draw();
  if (!rows.length) { const p = el("p", "none", "muted"); const d = el("div"); d.append(p); return d; }
  if (empty.some((e) => e)) {
    const note = el("p", "No value yet for: " + headers.filter((_, col) => empty[col]).join(", "), "muted");
    const d = el("div"); d.append(t, note); return d;
  }
  return t;
}

function compareKeys(a, b) {
  const na = typeof a === "number" ? a : NaN, nb = typeof b === "number" ? b : NaN;
  if (!isNaN(na) && !isNaN(nb)) return na - nb;
  if (a === "" || a === undefined) return 1;
  if (b === "" || b === undefined) return -1;
  return String(a).localeCompare(String(b), "zh");
}

function makeSortable(table, sortBy) {
  const ths = Array.from(table.tHead.rows[0].cells);
  ths.forEach((th, col) => {
    th.title = "click to sort";
    th.addEventListener("click", () => {
      const dir = th.classList.contains("asc") ? -1 : 1;
      ths.forEach((x) => x.classList.remove("asc", "desc"));
      th.classList.add(dir === 1 ? "asc" : "desc");
      sortBy(col, dir);
    });
  });
}

// ---------------------------------------------------------------- SPARQL

const EXAMPLES = JSON.parse($("examples-data").textContent);
// An example's text under the editor's PREFIX block: its own PREFIX lines
// are dropped (the block declares them all).
const withPrefixes = (q) => PREFIX_BLOCK + "\n" + q.split("\n").filter((l) => !/^\s*PREFIX\s/i.test(l)).join("\n").replace(/^\n+/, "");
EXAMPLES.forEach((ex, i) => $("examples").append(new Option(ex.name, i)));
$("examples").addEventListener("change", () => { setQuery(withPrefixes(EXAMPLES[$("examples").value].query)); });

const KEYWORDS = "SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FROM|NAMED|GRAPH|OPTIONAL|UNION|MINUS|FILTER|BIND|AS|VALUES|SERVICE|GROUP|BY|ORDER|ASC|DESC|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|PREFIX|BASE|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|SEPARATOR|STR|LANG|DATATYPE|IRI|URI|BOUND|COALESCE|IF|CONCAT|CONTAINS|STRSTARTS|STRENDS|STRBEFORE|STRAFTER|SUBSTR|STRLEN|LCASE|UCASE|REGEX|REPLACE|ISIRI|ISURI|ISBLANK|ISLITERAL|ISNUMERIC|YEAR|MONTH|DAY|NOW|ROUND|ABS|FLOOR|CEIL|a|true|false";
const TOKEN = new RegExp([
  "(#[^\\n]*)",                                        // 1 comment
  "(<[^<>\\s\"{}|^`\\\\]*>)",                          // 2 IRI
  "(\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')", // 3 string
  "([?$][\\w\\u00b7\\u0300-\\u036f\\u203f-\\u2040\\u00c0-\\uffff]+)", // 4 variable
  "((?:[A-Za-z][\\w.-]*)?:(?:[\\w\\u00c0-\\uffff%-]|\\.(?=[\\w\\u00c0-\\uffff]))*)", // 5 prefixed name
  "\\b(" + KEYWORDS + ")\\b",                          // 6 keyword
  "(\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)",        // 7 number
].join("|"), "gi");
const TOKEN_CLASS = [null, "t-cm", "t-iri", "t-str", "t-var", "t-pn", "t-kw", "t-num"];

function paintQuery() {
  const text = $("query").value;
  const pre = $("highlight");
  pre.replaceChildren();
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    // `a` only as the keyword for rdf:type, lower-case.
    if (g === 6 && /^a$/i.test(m[0]) && m[0] !== "a") continue;
    pre.append(document.createTextNode(text.slice(last, m.index)), el("span", m[0], TOKEN_CLASS[g]));
    last = m.index + m[0].length;
  }
  // A trailing newline needs a character after it to take its line.
  pre.append(document.createTextNode(text.slice(last) + " "));
  syncScroll();
}
function syncScroll() {
  $("highlight").scrollTop = $("query").scrollTop;
  $("highlight").scrollLeft = $("query").scrollLeft;
}
function setQuery(q) { $("query").value = q; paintQuery(); }
$("query").addEventListener("input", () => { paintQuery(); suggestTerms(); });
$("query").addEventListener("click", suggestTerms);

// Completion of prefixed names: the word before the caret (`ck:host`) is
// completed from the vocabulary (GET /api/vocabulary); Tab takes the first.
let VOCAB = null;
getJSON("/api/vocabulary").then((v) => { VOCAB = v; }).catch(() => { /* no completion */ });
let completions = [];
function suggestTerms() {
  const box = $("complete"), q = $("query");
  const before = q.value.slice(0, q.selectionStart);
  const m = /(?:^|[\s(){}.;,/^|!])([a-z]+):([\w-]*)$/.exec(before);
  const terms = VOCAB && m && VOCAB.terms[m[1]];
  completions = terms ? terms.filter((t) => t.startsWith(m[2]) && t !== m[2]).slice(0, 14).map((t) => [m[2].length, m[1] + ":" + t, t.slice(m[2].length)]) : [];
  box.replaceChildren();
  box.hidden = completions.length === 0;
  if (!completions.length) return;
  box.append(el("span", "Tab completes:", "hint"));
  for (const c of completions) {
    const b = el("button", c[1]);
    b.type = "button";
    b.addEventListener("click", () => complete(c));
    box.append(b);
  }
}
function complete(c) {
  const q = $("query");
  q.setRangeText(c[2], q.selectionStart, q.selectionEnd, "end");
  q.focus();
  paintQuery();
  suggestTerms();
}
$("query").addEventListener("scroll", syncScroll);
$("query").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runQuery(); }
  if (e.key === "Tab" && completions.length) {
    e.preventDefault();
    complete(completions[0]);
    return;
  }
  if (e.key === "Tab") {
    e.preventDefault();
    const t = e.target, s = t.selectionStart;
    t.setRangeText("  ", s, t.selectionEnd, "end");
    paintQuery();
  }
});
setQuery(withPrefixes(EXAMPLES.length ? EXAMPLES[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 20"));

let lastResult = null;   // { vars, rows: [[term…]], raw }

async function runQuery() {
  const status = $("status"), result = $("result");
  status.className = ""; status.textContent = "running…"; result.replaceChildren();
  $("download-csv").disabled = $("download-json").disabled = true;
  lastResult = null;
  const started = performance.now();
  try {
    const resp = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        Accept: "application/sparql-results+json, application/n-triples;q=0.9",
      },
      body: $("query").value,
    });
    const text = await resp.text();
    const ms = Math.round(performance.now() - started);
    if (!resp.ok) {
      status.className = "err";
      status.textContent = `${resp.status} ${resp.statusText}: ${text.trim()}`;
      return;
    }
    const type = resp.headers.get("Content-Type") || "";
    if (type.includes("sparql-results+json")) {
      const json = JSON.parse(text);
      if ("boolean" in json) {
        result.append(el("p", "ASK → " + json.boolean, "card"));
        status.textContent = `${ms} ms`;
        return;
      }
      lastResult = { vars: json.head.vars || [], rows: json.results.bindings.map((b) => (json.head.vars || []).map((v) => b[v])), raw: json };
    } else {
      const triples = parseNTriples(text);
      lastResult = { vars: ["subject", "predicate", "object"], rows: triples, raw: null, graph: true };
    }
    await labelsFor(lastResult.rows);
    result.append(resultTable(lastResult));
    status.textContent = `${lastResult.rows.length} ${lastResult.graph ? "triples" : "rows"} · ${ms} ms`;
    $("download-csv").disabled = $("download-json").disabled = false;
  } catch (e) {
    status.className = "err";
    status.textContent = "request failed: " + (e.message || e);
  }
}
$("run").addEventListener("click", runQuery);

// N-Triples (what the endpoint sends for CONSTRUCT / DESCRIBE here) as
// rows of SPARQL-JSON-like terms.
function parseNTriples(text) {
  const term = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?)/y;
  const unescape = (s) => s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_, c) => {
    if (c[0] === "u" || c[0] === "U") return String.fromCodePoint(parseInt(c.slice(1), 16));
    return { t: "\t", n: "\n", r: "\r", b: "\b", f: "\f" }[c] || c;
  });
  const rows = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    term.lastIndex = 0;
    const row = [];
    for (let i = 0; i < 3; i++) {
      const m = term.exec(line);
      if (!m) break;
      if (m[1] !== undefined) row.push({ type: "uri", value: unescape(m[1]) });
      else if (m[2] !== undefined) row.push({ type: "bnode", value: m[2] });
      else {
        const t = { type: "literal", value: unescape(m[3]) };
        if (m[4]) t["xml:lang"] = m[4];
        if (m[5]) t.datatype = m[5];
        row.push(t);
      }
    }
    if (row.length === 3) rows.push(row);
  }
  return rows;
}

const LABELS = new Map();
async function labelsFor(rows) {
  const want = new Set();
  for (const r of rows) for (const t of r) if (t && t.type === "uri" && t.value.startsWith(ID) && !LABELS.has(t.value)) want.add(t.value);
  const list = Array.from(want);
  for (let i = 0; i < list.length; i += 400) {
    const chunk = list.slice(i, i + 400).map((x) => "<" + x + ">").join(" ");
    try {
      const res = await sparqlJSON(`SELECT ?s ?l WHERE { VALUES ?s { ${chunk} } { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION { ?s <http://purl.org/dc/terms/title> ?l } }`);
      for (const b of res.results.bindings) LABELS.set(b.s.value, b.l.value);
    } catch (e) { /* labels are a convenience: IRIs stay */ }
  }
}

const NUMERIC = /#(decimal|integer|int|long|double|float|nonNegativeInteger)$/;
function termCell(t) {
  const td = el("td");
  if (!t) return td;
  if (t.type === "uri") {
    if (t.value.startsWith(ID)) {
      td.append(link(t.value, LABELS.get(t.value) || compact(t.value)));
    } else {
      td.textContent = compact(t.value);
      td.title = t.value;
    }
  } else if (t.type === "bnode") {
    td.textContent = "_:" + t.value;
  } else {
    td.textContent = t.value;
    const dt = t.datatype || "";
    if (NUMERIC.test(dt)) td.className = "num";
    if (dt && !NUMERIC.test(dt) && !dt.endsWith("#string") && !dt.endsWith("#langString")) td.append(" ", el("span", compact(dt), "dt"));
  }
  return td;
}
function termKey(t) {
  if (!t) return "";
  if (t.type === "literal" && NUMERIC.test(t.datatype || "")) return Number(t.value);
  if (t.type === "uri") return LABELS.get(t.value) || compact(t.value);
  return t.value;
}

// Rows drawn at most: a browser table of 100,000 rows is slow to use.
const SHOWN = 2000;
function resultTable(res) {
  const t = el("table");
  t.id = "results";
  const tr = el("tr");
  res.vars.forEach((v) => tr.append(el("th", res.graph ? v : "?" + v)));
  t.append(el("thead")); t.tHead.append(tr);
  const body = el("tbody");
  t.append(body);
  const draw = () => {
    body.replaceChildren();
    for (const r of res.rows.slice(0, SHOWN)) {
      const row = el("tr");
      r.forEach((term) => row.append(termCell(term)));
      body.append(row);
    }
  };
  makeSortable(t, (col, dir) => {
    res.rows.sort((a, b) => dir * compareKeys(termKey(a[col]), termKey(b[col])));
    draw();
  });
  draw();
  if (res.rows.length <= SHOWN) return t;
  // Sorting still sorts them all; the downloads have them all.
  const d = el("div");
  d.append(el("p", `The first ${SHOWN} of ${res.rows.length} rows are shown; the downloads have them all.`, "hint"), t);
  return d;
}

function download(name, type, text) {
  const a = el("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
// CSV as SPARQL's CSV results (IRIs and lexical values), with a UTF-8
// byte-order mark so that Excel reads the Chinese right.
$("download-csv").addEventListener("click", () => {
  if (!lastResult) return;
  const q = (s) => /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  const value = (t) => !t ? "" : t.type === "bnode" ? "_:" + t.value : t.value;
  const lines = [lastResult.vars.map(q).join(",")];
  for (const r of lastResult.rows) lines.push(r.map((t) => q(value(t))).join(","));
  download("chainkg-results.csv", "text/csv;charset=utf-8", "\uFEFF" + lines.join("\r\n") + "\r\n");
});
$("download-json").addEventListener("click", () => {
  if (!lastResult) return;
  const json = lastResult.raw || lastResult.rows.map(([s, p, o]) => ({ subject: s, predicate: p, object: o }));
  download("chainkg-results.json", "application/json", JSON.stringify(json, null, 2));
});

// The endpoint's own formats, downloaded from /sparql (TSV, XML for
// SELECT; Turtle, JSON-LD for CONSTRUCT).
$("download-other").addEventListener("change", () => {
  const f = $("download-other").value;
  $("download-other").value = "";
  if (!f) return;
  const a = el("a");
  a.href = "/sparql?" + new URLSearchParams({ query: $("query").value, format: f });
  a.download = "chainkg-results." + ({ turtle: "ttl", xml: "srx" }[f] || f);
  document.body.append(a);
  a.click();
  a.remove();
});

// /sparql opened in a browser serves this page too: open its tab.
if (location.pathname === "/sparql" && !location.hash) history.replaceState(null, "", "/#/sparql");
route();
