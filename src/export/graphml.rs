//! GraphML (Gephi, yEd, networkx, Maltego's import): the network of who met
//! whom ([`Network`]), directed, with typed `<key>`s for the people's names,
//! role and country and for the meetings. Every value goes through [`xml`].

use super::fields::xml;
use super::network::{Edge, Network, Node};
use crate::model::Visit;
use std::fmt::Write as _;

/// The `<key>`s: id, what it is for, `attr.name`, `attr.type`.
const KEYS: [(&str, &str, &str, &str); 11] = [
    ("n_label", "node", "label", "string"),
    ("n_name_ar", "node", "name_ar", "string"),
    ("n_name_en", "node", "name_en", "string"),
    ("n_role", "node", "role", "string"),
    ("n_country", "node", "country", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_meetings", "edge", "meetings", "int"),
    ("e_first_date", "edge", "first_date", "string"),
    ("e_last_date", "edge", "last_date", "string"),
    ("e_places", "edge", "places", "string"),
    ("e_legs", "edge", "legs", "string"),
];

/// The GraphML document of `visits`' network.
pub fn to_graphml(visits: &[Visit]) -> String {
    let net = Network::of(visits);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, target, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"jawla\" edgedefault=\"directed\">\n");
    for n in &net.nodes {
        node(&mut out, n);
    }
    for (k, e) in net.edges.iter().enumerate() {
        edge(&mut out, &net, k, e);
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// `<data>` for the values that are known.
fn data(out: &mut String, values: &[(&str, Option<&str>)]) {
    for (key, value) in values {
        if let Some(v) = value {
            let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", xml(v));
        }
    }
}

fn node(out: &mut String, n: &Node) {
    let _ = writeln!(out, "    <node id=\"{}\">", xml(&n.id));
    data(
        out,
        &[
            ("n_label", Some(n.label.as_str())),
            ("n_name_ar", Some(n.name_ar.as_str())),
            ("n_name_en", n.name_en.as_deref()),
            ("n_role", n.role.as_deref()),
            ("n_country", n.country.as_deref()),
        ],
    );
    out.push_str("    </node>\n");
}

fn edge(out: &mut String, net: &Network, k: usize, e: &Edge) {
    let _ = writeln!(
        out,
        "    <edge id=\"e{}\" source=\"{}\" target=\"{}\">",
        k + 1,
        xml(&net.nodes[e.source].id),
        xml(&net.nodes[e.target].id)
    );
    let meetings = e.legs.len().to_string();
    let places = e.places.join("; ");
    let legs = e.legs.join("; ");
    data(
        out,
        &[
            ("e_kind", Some(e.kind.as_str())),
            ("e_meetings", Some(meetings.as_str())),
            ("e_first_date", e.first.as_deref()),
            ("e_last_date", e.last.as_deref()),
            ("e_places", Some(places.as_str())),
            ("e_legs", Some(legs.as_str())),
        ],
    );
    out.push_str("    </edge>\n");
}
