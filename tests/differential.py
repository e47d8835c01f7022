"""Differential test: chainkg's answers against rdflib's, query by query.

    differential.py CHAINKG STORE DATA.nq...

STORE is a chainkg store holding exactly what the DATA files hold (chainkg
adds the copies of the named graphs' triples to its default graph). rdflib
reads the same files into a Dataset whose default graph is the union of its
graphs (set semantics: each triple once), which is what SPARQL means by the
merge of the graphs and what chainkg's default graph is. Each query runs on
both; results are compared row for row (as multisets, or as sequences when
the query orders them totally). Terms compare as RDF terms, except that
numbers compare by value (Oxigraph stores "123.0"^^xsd:decimal as 123, rdflib
keeps the lexical form), language tags case-insensitively, and blank nodes
as "some blank node". Prints every difference; exit status 1 if any.
"""

import collections
import json
import subprocess
import sys
from decimal import Decimal, InvalidOperation

import rdflib
from rdflib.plugins import sparql as rdflib_sparql

# FROM <g> names a graph of the dataset, not a document to fetch.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

PREFIXES = """PREFIX ck: <https://w3id.org/chainkg/ontology#>
PREFIX id: <https://w3id.org/chainkg/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX ex: <http://ex/>
"""

# (name, query, ordered): `ordered` when ORDER BY fixes the whole sequence.
QUERIES = [
    # The cases: default-graph triples (A), subjects that are not
    # entities (B), entities without a label (C), non-canonical numbers (E),
    # the union graph's old name.
    ("A default and named", "SELECT ?s ?o WHERE { ?s ex:p ?o }", False),
    ("B labels", "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }", False),
    ("B label subjects", "SELECT DISTINCT ?s WHERE { ?s rdfs:label ?l FILTER(!STRSTARTS(STR(?s), STR(id:))) }", False),
    ("C no label", "SELECT ?z ?e WHERE { ?z ck:hostsEnterprise ?e FILTER NOT EXISTS { ?z rdfs:label ?l } }", False),
    ("E constant", "SELECT ?p WHERE { ex:x ?p 123.0 }", False),
    ("E values", "SELECT ?p ?v WHERE { ex:x ?p ?v }", False),
    ("union graph IRI", "SELECT * WHERE { GRAPH <urn:x-chainkg:union-of-all-graphs> { ?s ?p ?o } }", False),
    # Counting the dataset.
    ("triples", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", False),
    ("quads per graph", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", False),
    ("predicates", "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p", False),
    ("classes", "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c", False),
    # OPTIONAL, MINUS, NOT EXISTS, UNION, BIND, FILTER.
    ("optional", "SELECT ?z ?l ?e WHERE { ?z a ck:Zone ; rdfs:label ?l OPTIONAL { ?z ck:hostsEnterprise ?e } }", False),
    ("optional alt", "SELECT ?e ?l ?a WHERE { ?e a ck:Enterprise ; rdfs:label ?l OPTIONAL { ?e skos:altLabel ?a } }", False),
    ("minus", "SELECT ?e WHERE { ?e a ck:Enterprise MINUS { ?z ck:hostsEnterprise ?e } }", False),
    ("not exists", "SELECT ?p WHERE { ?p a ck:Project FILTER NOT EXISTS { ?p ck:investment ?v } }", False),
    ("exists in graph", "SELECT ?z WHERE { ?z a ck:Zone FILTER EXISTS { GRAPH ?g { ?z ck:focusesOn ?i } } }", False),
    ("union", "SELECT ?x ?kind WHERE { { ?x ck:leadsChain ?c BIND(\"leader\" AS ?kind) } UNION { ?x ck:produces ?c BIND(\"maker\" AS ?kind) } }", False),
    ("filter strings", "SELECT ?l WHERE { ?x rdfs:label ?l FILTER(CONTAINS(?l, \"开发区\") && LANG(?l) = \"zh\") }", False),
    ("filter numbers", "SELECT ?p ?v WHERE { ?p ck:investment ?v FILTER(?v > 500000000) }", False),
    ("coalesce", "SELECT ?p ?d WHERE { ?p a ck:Project OPTIONAL { ?p ck:operationDate ?o } BIND(COALESCE(STR(?o), \"none\") AS ?d) }", False),
    # Property paths.
    ("path plus", "SELECT ?a ?b WHERE { ?a ck:feedstockOf+ ?b }", False),
    ("path sequence", "SELECT ?m ?p WHERE { ?m ck:produces/ck:feedstockOf ?p }", False),
    ("path alternative inverse", "SELECT ?x ?y WHERE { ?x (ck:byproductOf|^ck:feedstockOf) ?y }", False),
    ("path star on the ontology", "SELECT ?c ?sup WHERE { GRAPH ?g { ?c rdfs:subClassOf* ?sup FILTER(isIRI(?c)) } }", False),
    ("path list", "SELECT ?p ?member WHERE { ?p rdfs:domain/owl:unionOf/rdf:rest*/rdf:first ?member }", False),
    # Aggregates, HAVING, subqueries, VALUES.
    ("aggregates", "SELECT ?z (COUNT(?e) AS ?n) (MIN(STR(?e)) AS ?first) (MAX(STR(?e)) AS ?last) WHERE { ?z ck:hostsEnterprise ?e } GROUP BY ?z", False),
    ("sum", "SELECT (SUM(?v) AS ?total) (COUNT(?v) AS ?n) WHERE { ?p ck:investment ?v }", False),
    ("having", "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e ck:mentionedIn ?a } GROUP BY ?e HAVING (COUNT(DISTINCT ?a) > 1)", False),
    # The subquery first: after a triple pattern, rdflib 7 joins it as if
    # it were OPTIONAL.
    ("subquery", "SELECT ?l ?n WHERE { { SELECT ?z (COUNT(?x) AS ?n) WHERE { ?z ck:hostsProject ?x } GROUP BY ?z } ?z rdfs:label ?l }", False),
    ("values", "SELECT ?c ?l WHERE { VALUES ?c { ck:Zone ck:Industry } ?x a ?c ; rdfs:label ?l }", False),
    # GRAPH ?g, FROM, FROM NAMED.
    ("graph of facts", "SELECT ?g ?e WHERE { GRAPH ?g { ?z ck:hostsEnterprise ?e } }", False),
    ("provenance", "SELECT ?s ?o ?rule ?start WHERE { GRAPH ?g { ?s ck:leadsChain ?o } ?g ck:rule ?rule ; prov:wasDerivedFrom ?sen . ?sen ck:charStart ?start }", False),
    ("names per article", "SELECT ?a ?e ?l WHERE { GRAPH ?a { ?e rdfs:label ?l ; a ck:Zone } }", False),
    ("from", "SELECT ?s ?p ?o FROM ex:g1 WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) }", False),
    # Oxigraph hands a query with several FROM graphs each graph's copy of
    # a triple (a bag, not SPARQL's merge): DISTINCT makes it the merge.
    ("from two", "SELECT (COUNT(*) AS ?n) FROM ex:g1 FROM ex:g2 WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }", False),
    ("from named", "SELECT ?g ?s WHERE { GRAPH ?g { ?s ex:p ?o } }", False),
    ("from named only", "SELECT ?g ?o FROM NAMED ex:g2 WHERE { GRAPH ?g { ?s ?p ?o } }", False),
    ("from ontology", "SELECT (COUNT(*) AS ?n) FROM <urn:x-test:ontology> WHERE { ?s a owl:ObjectProperty }", False),
    # Blank nodes.
    ("blank nodes", "SELECT ?s ?o WHERE { ?s ex:q ?o }", False),
    ("blank node join", "SELECT ?v WHERE { ?b ex:q ?c . ?c ex:r ?v }", False),
    # ORDER BY / LIMIT / OFFSET, DISTINCT.
    ("order limit", "SELECT ?l WHERE { ?x a ck:Product ; rdfs:label ?l } ORDER BY ?l LIMIT 7 OFFSET 2", True),
    ("order desc", "SELECT ?p ?v WHERE { ?p ck:investment ?v } ORDER BY DESC(?v) ?p LIMIT 5", True),
    ("distinct", "SELECT DISTINCT ?c WHERE { ?x a ?c }", False),
    # ASK.
    ("ask yes", "ASK { ?z ck:hostsEnterprise ?e }", False),
    ("ask no", "ASK { GRAPH <urn:x-chainkg:union-of-all-graphs> { ?s ?p ?o } }", False),
]


def lexical_number(datatype, lexical):
    try:
        if datatype.endswith(("#double", "#float")):
            return float(lexical)
        return Decimal(lexical)
    except (ValueError, InvalidOperation):
        return None


NUMERIC = ("#integer", "#decimal", "#double", "#float", "#int", "#long", "#short",
           "#byte", "#nonNegativeInteger", "#positiveInteger")


def literal_key(lexical, datatype, language):
    if language:
        return ("lang", lexical, language.lower())
    datatype = datatype or "http://www.w3.org/2001/XMLSchema#string"
    if datatype.endswith(NUMERIC):
        n = lexical_number(datatype, lexical)
        if n is not None:
            family = "double" if datatype.endswith(("#double", "#float")) else datatype.rsplit("#", 1)[1]
            if family not in ("double", "decimal"):
                family = "integer"
            return ("number", family, n)
    return ("literal", lexical, datatype)


def rdflib_key(t):
    if t is None:
        return None
    if isinstance(t, rdflib.BNode):
        return ("bnode",)
    if isinstance(t, rdflib.URIRef):
        return ("iri", str(t))
    return literal_key(str(t), str(t.datatype) if t.datatype else None, t.language)


def json_key(t):
    if t is None:
        return None
    if t["type"] == "bnode":
        return ("bnode",)
    if t["type"] == "uri":
        return ("iri", t["value"])
    return literal_key(t["value"], t.get("datatype"), t.get("xml:lang"))


def chainkg_answer(binary, store, query):
    out = subprocess.run(
        [binary, "query", "--store", store, "--format", "json", query],
        capture_output=True, text=True,
    )
    if out.returncode != 0:
        return ("error", out.stderr.strip())
    doc = json.loads(out.stdout)
    if "boolean" in doc:
        return ("ask", doc["boolean"])
    names = doc["head"]["vars"]
    return ("rows", names, [tuple(json_key(b.get(v)) for v in names) for b in doc["results"]["bindings"]])


def rdflib_answer(ds, query):
    try:
        r = ds.query(query)
    except Exception as e:  # noqa: BLE001 - any rdflib failure is a difference
        return ("error", repr(e))
    if r.type == "ASK":
        return ("ask", bool(r.askAnswer))
    names = [str(v) for v in r.vars]
    return ("rows", names, [tuple(rdflib_key(row[i]) for i in range(len(names))) for row in r])


def same(a, b, ordered):
    if a[0] != b[0]:
        return False
    if a[0] == "ask":
        return a[1] == b[1]
    if a[0] == "error":
        return False
    # Columns by name: the engines may order SELECT * variables apart.
    names = sorted(a[1])
    if names != sorted(b[1]):
        return False
    pick = lambda ans: [tuple(row[ans[1].index(n)] for n in names) for row in ans[2]]
    ra, rb = pick(a), pick(b)
    if ordered:
        return ra == rb
    return collections.Counter(ra) == collections.Counter(rb)


def main(argv):
    binary, store, files = argv[1], argv[2], argv[3:]
    ds = rdflib.Dataset(default_union=True)
    # One parse: a second `parse` of N-Quads replaces rdflib's default graph.
    text = "".join(open(f, encoding="utf-8").read() for f in files)
    ds.parse(data=text, format="nquads")
    failures, nonempty = 0, 0
    for name, body, ordered in QUERIES:
        query = PREFIXES + body
        mine, theirs = chainkg_answer(binary, store, query), rdflib_answer(ds, query)
        if not same(mine, theirs, ordered):
            failures += 1
            show = lambda ans: ans if ans[0] != "rows" else (ans[1], sorted(ans[2], key=repr)[:8], len(ans[2]))
            print(f"DIFFERENT {name}:\n  chainkg: {show(mine)}\n  rdflib:  {show(theirs)}")
        elif (mine[0] == "rows" and mine[2]) or (mine[0] == "ask" and mine[1]):
            nonempty += 1
    print(f"{len(QUERIES)} queries, {failures} different, {nonempty} with a non-empty answer")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
