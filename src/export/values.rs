//! The values an analyst sums and counts, one row per project and one per
//! enterprise, beside the node and edge tables.
//!
//! `projects.csv` answers "total investment per zone" with one `groupby`:
//! each project with its zone (the one hosting it, and the top-level zone
//! that one is part of, following `ck:partOfZone` to its end), owner,
//! industry, investment in yuan, land and floor area in m², yearly capacity
//! (value, QUDT unit, products) and opening date. `enterprises.csv` gives
//! each enterprise's zone, the chains it leads (链主), its products and
//! industries and how many projects it owns. `products.csv` gives each
//! product what makes it and every product up- and downstream of it in the
//! product flow, so "what is made from 焦炭" is one lookup.
//!
//! Numbers are plain numbers (the store's `xsd:decimal` lexical form, no
//! units or separators), empty when the text gives none. When articles
//! differ on a value, the largest is kept (a project's capacity likewise:
//! the largest stated); names several facts give (two zones, three
//! products) are joined with `|`, sorted. Names are labels, as in
//! `nodes.csv`; `id` is the entity IRI.

use super::tables::Tables;
use super::{local, prefixes, select, text};
use crate::error::Result;
use crate::store::Store;
use std::collections::{BTreeMap, BTreeSet};

/// Separator of several names in one cell.
pub const SEPARATOR: &str = "|";

/// One project with the values it was given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectRow {
    pub id: String,
    pub label: String,
    /// Zones hosting it (`ck:hostsProject`).
    pub zone: Vec<String>,
    /// The top-level zones those are part of (themselves when they are not
    /// part of another).
    pub zone_top: Vec<String>,
    pub owner: Vec<String>,
    pub industry: Vec<String>,
    /// Lexical forms of `xsd:decimal` values.
    pub investment_yuan: Option<String>,
    pub land_area_m2: Option<String>,
    pub floor_area_m2: Option<String>,
    pub capacity_value: Option<String>,
    /// QUDT unit local name (`TONNE`, `M3`, `KiloW-HR` …).
    pub capacity_unit: Option<String>,
    /// What it produces (`ck:produces`).
    pub capacity_product: Vec<String>,
    /// `2025-08`, `2025-08-30` or `2025`.
    pub operation_date: Option<String>,
    /// Share done, 0..1.
    pub progress: Option<String>,
}

/// One enterprise with its place in the chains.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnterpriseRow {
    pub id: String,
    pub label: String,
    pub zone: Vec<String>,
    pub zone_top: Vec<String>,
    /// Industries it is the chain leader of (`ck:leadsChain`).
    pub chains_led: Vec<String>,
    pub products: Vec<String>,
    pub industries: Vec<String>,
    /// Projects it owns (`ck:ownedBy`).
    pub projects: usize,
}

/// One product with where it stands in the product flow.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProductRow {
    pub id: String,
    pub label: String,
    /// Enterprises, projects and industries that produce it (`ck:produces`).
    pub made_by: Vec<String>,
    /// Products it is made from, directly or not: `feedstockOf` followed
    /// against its arrow, `byproductOf` along it.
    pub upstream: Vec<String>,
    /// Products made from it, directly or not (`feedstockOf` along its
    /// arrow, `byproductOf` against it: 焦炭 → 煤焦油 → 针状焦).
    pub downstream: Vec<String>,
}

/// The project, enterprise and product rows.
#[derive(Clone, Debug, Default)]
pub struct Values {
    pub projects: Vec<ProjectRow>,
    pub enterprises: Vec<EnterpriseRow>,
    pub products: Vec<ProductRow>,
}

/// The larger of two decimal lexical forms (the first when equal or
/// unparsable).
fn larger(a: Option<String>, b: String) -> Option<String> {
    let num = |s: &str| s.parse::<f64>().ok();
    match a {
        Some(a) if num(&b).zip(num(&a)).is_none_or(|(b, a)| b <= a) => Some(a),
        _ => Some(b),
    }
}

/// Puts each project's numbers and dates on its row: the larger value when
/// articles differ, the latest opening date, the largest capacity with its
/// unit.
fn project_values(
    store: &Store,
    pre: &str,
    projects: &mut BTreeMap<String, ProjectRow>,
) -> Result<()> {
    let q = format!(
        "{pre}SELECT DISTINCT ?p ?prop ?v WHERE {{ ?p ?prop ?v
           FILTER(?prop IN (ck:investment, ck:landArea, ck:floorArea, ck:progress, ck:operationDate)) }}"
    );
    for row in select(store, &q)? {
        let Some(p) = projects.get_mut(&text(row[0].as_ref())) else {
            continue;
        };
        let v = text(row[2].as_ref());
        match local(&text(row[1].as_ref())) {
            "investment" => p.investment_yuan = larger(p.investment_yuan.take(), v),
            "landArea" => p.land_area_m2 = larger(p.land_area_m2.take(), v),
            "floorArea" => p.floor_area_m2 = larger(p.floor_area_m2.take(), v),
            "progress" => p.progress = larger(p.progress.take(), v),
            // The latest date stated (dates compare as text).
            _ => {
                if p.operation_date.as_ref().is_none_or(|d| *d < v) {
                    p.operation_date = Some(v);
                }
            }
        }
    }
    let q = format!(
        "{pre}SELECT DISTINCT ?p ?v ?u WHERE {{ ?p ck:annualCapacity ?c . ?c ck:value ?v
           OPTIONAL {{ ?c ck:unit ?u }} }}"
    );
    for row in select(store, &q)? {
        let Some(p) = projects.get_mut(&text(row[0].as_ref())) else {
            continue;
        };
        let v = text(row[1].as_ref());
        let before = p.capacity_value.clone();
        p.capacity_value = larger(p.capacity_value.take(), v);
        if p.capacity_value != before {
            p.capacity_unit = row[2].as_ref().map(|u| local(&text(Some(u))).to_string());
        }
    }
    Ok(())
}

/// Reads the rows; labels and classes come from `tables` (the same nodes
/// as `nodes.csv`).
pub fn read(store: &Store, tables: &Tables) -> Result<Values> {
    let pre = prefixes();
    let label: BTreeMap<&str, &str> = tables
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), n.label.as_str()))
        .collect();
    let name = |iri: &str| {
        label
            .get(iri)
            .map_or_else(|| local(iri).to_string(), |l| l.to_string())
    };
    let pairs = |p: &str| -> Result<Vec<(String, String)>> {
        Ok(select(
            store,
            &format!("{pre}SELECT DISTINCT ?s ?o WHERE {{ ?s {p} ?o }}"),
        )?
        .into_iter()
        .map(|r| (text(r[0].as_ref()), text(r[1].as_ref())))
        .collect())
    };
    // Zone → the zones it is part of; the top of a zone follows the first
    // parent (in IRI order) to one that has none.
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (z, p) in pairs("ck:partOfZone")? {
        parents.entry(z).or_default().insert(p);
    }
    // Subject → names of the objects of a property (or the reverse).
    let by_subject = |p: &str, reverse: bool| -> Result<BTreeMap<String, BTreeSet<String>>> {
        let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (s, o) in pairs(p)? {
            let (k, v) = if reverse { (o, s) } else { (s, o) };
            m.entry(k).or_default().insert(v);
        }
        Ok(m)
    };
    let zones_of_project = by_subject("ck:hostsProject", true)?;
    let zones_of_enterprise = by_subject("ck:hostsEnterprise", true)?;
    let owners = by_subject("ck:ownedBy", false)?;
    let industries = by_subject("ck:inIndustry", false)?;
    let products = by_subject("ck:produces", false)?;
    let chains = by_subject("ck:leadsChain", false)?;
    let names = |iris: Option<&BTreeSet<String>>| -> Vec<String> {
        let set: BTreeSet<String> = iris.into_iter().flatten().map(|i| name(i)).collect();
        set.into_iter().collect()
    };
    let tops = |zones: Option<&BTreeSet<String>>| -> Vec<String> {
        let set: BTreeSet<String> = zones
            .into_iter()
            .flatten()
            .map(|z| name(&top_zone(&parents, z)))
            .collect();
        set.into_iter().collect()
    };

    let mut projects: BTreeMap<String, ProjectRow> = BTreeMap::new();
    let mut enterprises: BTreeMap<String, EnterpriseRow> = BTreeMap::new();
    for n in &tables.nodes {
        match n.class.as_str() {
            "Project" => {
                projects.insert(
                    n.id.clone(),
                    ProjectRow {
                        id: n.id.clone(),
                        label: n.label.clone(),
                        zone: names(zones_of_project.get(&n.id)),
                        zone_top: tops(zones_of_project.get(&n.id)),
                        owner: names(owners.get(&n.id)),
                        industry: names(industries.get(&n.id)),
                        capacity_product: names(products.get(&n.id)),
                        ..ProjectRow::default()
                    },
                );
            }
            "Enterprise" => {
                enterprises.insert(
                    n.id.clone(),
                    EnterpriseRow {
                        id: n.id.clone(),
                        label: n.label.clone(),
                        zone: names(zones_of_enterprise.get(&n.id)),
                        zone_top: tops(zones_of_enterprise.get(&n.id)),
                        chains_led: names(chains.get(&n.id)),
                        products: names(products.get(&n.id)),
                        industries: names(industries.get(&n.id)),
                        projects: 0,
                    },
                );
            }
            _ => {}
        }
    }
    for (p, os) in &owners {
        for o in os {
            if let (true, Some(e)) = (projects.contains_key(p), enterprises.get_mut(o)) {
                e.projects += 1;
            }
        }
    }
    project_values(store, &pre, &mut projects)?;
    let (next, prev) = product_flow(pairs("ck:feedstockOf")?, pairs("ck:byproductOf")?);
    let makers = by_subject("ck:produces", true)?;
    let product_rows: Vec<ProductRow> = tables
        .nodes
        .iter()
        .filter(|n| n.class == "Product")
        .map(|n| ProductRow {
            id: n.id.clone(),
            label: n.label.clone(),
            made_by: names(makers.get(&n.id)),
            upstream: names(Some(&reach(&n.id, &prev))),
            downstream: names(Some(&reach(&n.id, &next))),
        })
        .collect();
    Ok(Values::sorted(
        projects.into_values().collect(),
        enterprises.into_values().collect(),
        product_rows,
    ))
}

/// The top of zone `z`: its first parent (in IRI order), that one's, and
/// so on to a zone without one (a cycle stops where it closes).
fn top_zone(parents: &BTreeMap<String, BTreeSet<String>>, z: &str) -> String {
    let mut at = z.to_string();
    let mut seen = BTreeSet::new();
    while let Some(p) = parents.get(&at).and_then(|ps| ps.iter().next()) {
        if !seen.insert(at.clone()) {
            break;
        }
        at = p.clone();
    }
    at
}

/// The product flow as steps: product → the products made from it
/// (`feedstockOf` along, `byproductOf` against), and the reverse.
fn product_flow(feeds: Vec<(String, String)>, byproducts: Vec<(String, String)>) -> (Flow, Flow) {
    let mut next = Flow::new();
    for (a, b) in feeds {
        next.entry(a).or_default().insert(b);
    }
    for (a, b) in byproducts {
        next.entry(b).or_default().insert(a);
    }
    let mut prev = Flow::new();
    for (a, bs) in &next {
        for b in bs {
            prev.entry(b.clone()).or_default().insert(a.clone());
        }
    }
    (next, prev)
}

/// Product → its next products, one way of the flow.
type Flow = BTreeMap<String, BTreeSet<String>>;

/// Every product reached from `from` by `step`, to the end (cycles stop).
fn reach(from: &str, step: &Flow) -> BTreeSet<String> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(at) = todo.pop() {
        for n in step.get(&at).into_iter().flatten() {
            if n != from && seen.insert(n.clone()) {
                todo.push(n.clone());
            }
        }
    }
    seen
}

impl Values {
    /// The tables with their rows by label (then IRI), as files list them.
    fn sorted(
        mut projects: Vec<ProjectRow>,
        mut enterprises: Vec<EnterpriseRow>,
        mut products: Vec<ProductRow>,
    ) -> Values {
        projects.sort_by(|a, b| (&a.label, &a.id).cmp(&(&b.label, &b.id)));
        enterprises.sort_by(|a, b| (&a.label, &a.id).cmp(&(&b.label, &b.id)));
        products.sort_by(|a, b| (&a.label, &a.id).cmp(&(&b.label, &b.id)));
        Values {
            projects,
            enterprises,
            products,
        }
    }
}

/// The columns of `projects.csv`, in order.
pub const PROJECT_COLUMNS: &[&str] = &[
    "id",
    "label",
    "zone",
    "zone_top",
    "owner",
    "industry",
    "investment_yuan",
    "land_area_m2",
    "floor_area_m2",
    "capacity_value",
    "capacity_unit",
    "capacity_product",
    "operation_date",
    "progress",
];

/// The columns of `enterprises.csv`, in order.
pub const ENTERPRISE_COLUMNS: &[&str] = &[
    "id",
    "label",
    "zone",
    "zone_top",
    "chains_led",
    "products",
    "industries",
    "projects",
];

/// The columns of `products.csv`, in order.
pub const PRODUCT_COLUMNS: &[&str] = &["id", "label", "made_by", "upstream", "downstream"];

impl ProductRow {
    /// The cells, in [`PRODUCT_COLUMNS`] order.
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.label.clone(),
            self.made_by.join(SEPARATOR),
            self.upstream.join(SEPARATOR),
            self.downstream.join(SEPARATOR),
        ]
    }
}

impl ProjectRow {
    /// The cells, in [`PROJECT_COLUMNS`] order.
    pub fn cells(&self) -> Vec<String> {
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        vec![
            self.id.clone(),
            self.label.clone(),
            self.zone.join(SEPARATOR),
            self.zone_top.join(SEPARATOR),
            self.owner.join(SEPARATOR),
            self.industry.join(SEPARATOR),
            opt(&self.investment_yuan),
            opt(&self.land_area_m2),
            opt(&self.floor_area_m2),
            opt(&self.capacity_value),
            opt(&self.capacity_unit),
            self.capacity_product.join(SEPARATOR),
            opt(&self.operation_date),
            opt(&self.progress),
        ]
    }
}

impl EnterpriseRow {
    /// The cells, in [`ENTERPRISE_COLUMNS`] order.
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.label.clone(),
            self.zone.join(SEPARATOR),
            self.zone_top.join(SEPARATOR),
            self.chains_led.join(SEPARATOR),
            self.products.join(SEPARATOR),
            self.industries.join(SEPARATOR),
            self.projects.to_string(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_larger_value_wins_and_unparsable_ones_do_not() {
        assert_eq!(larger(None, "5".into()).as_deref(), Some("5"));
        assert_eq!(
            larger(Some("274000000".into()), "30000".into()).as_deref(),
            Some("274000000")
        );
        assert_eq!(
            larger(Some("0.8".into()), "0.95".into()).as_deref(),
            Some("0.95")
        );
        assert_eq!(larger(Some("7".into()), "x".into()).as_deref(), Some("7"));
    }
}
