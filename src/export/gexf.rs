//! GEXF 1.2 (Gephi): the network of who met whom ([`Network`]), directed,
//! with the people's names, role and country on the nodes and the meetings
//! on the edges. Every value goes through [`xml`].

use super::Meta;
use super::fields::xml;
use super::network::{Edge, Network, Node};
use crate::model::Visit;
use std::fmt::Write as _;

/// The node attributes (the [`Node`] fields of the same names).
const NODE_ATTRS: [&str; 4] = ["name_ar", "name_en", "role", "country"];
/// The edge attributes with their GEXF types.
const EDGE_ATTRS: [(&str, &str); 6] = [
    ("kind", "string"),
    ("meetings", "integer"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("places", "string"),
    ("legs", "string"),
];

/// The GEXF document of `visits`' network. `meta.generated` gives the
/// `lastmodifieddate`.
pub fn to_gexf(visits: &[Visit], meta: &Meta) -> String {
    let net = Network::of(visits);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n");
    let _ = writeln!(
        out,
        "  <meta lastmodifieddate=\"{}\">\n    <creator>jawla</creator>\n    \
         <description>Who met whom: a node per person, an edge per pair that met \
         (visitor to counterpart) or travelled together (traveller to companion)</description>\n  </meta>",
        meta.generated.date()
    );
    out.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    out.push_str("    <attributes class=\"node\">\n");
    for id in NODE_ATTRS {
        let _ = writeln!(
            out,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"string\"/>"
        );
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\">\n");
    for (id, ty) in EDGE_ATTRS {
        let _ = writeln!(
            out,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        );
    }
    out.push_str("    </attributes>\n    <nodes>\n");
    for n in &net.nodes {
        node(&mut out, n);
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (k, e) in net.edges.iter().enumerate() {
        edge(&mut out, &net, k, e);
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// `<attvalue>`s for the values that are known.
fn attvalues(out: &mut String, values: &[(&str, Option<String>)]) {
    out.push_str("        <attvalues>\n");
    for (id, value) in values {
        if let Some(v) = value {
            let _ = writeln!(
                out,
                "          <attvalue for=\"{id}\" value=\"{}\"/>",
                xml(v)
            );
        }
    }
    out.push_str("        </attvalues>\n");
}

fn node(out: &mut String, n: &Node) {
    let _ = writeln!(
        out,
        "      <node id=\"{}\" label=\"{}\">",
        xml(&n.id),
        xml(&n.label)
    );
    let pairs = [
        ("name_ar", Some(n.name_ar.clone())),
        ("name_en", n.name_en.clone()),
        ("role", n.role.clone()),
        ("country", n.country.clone()),
    ];
    attvalues(out, &pairs);
    out.push_str("      </node>\n");
}

fn edge(out: &mut String, net: &Network, k: usize, e: &Edge) {
    let _ = writeln!(
        out,
        "      <edge id=\"e{}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\">",
        k + 1,
        xml(&net.nodes[e.source].id),
        xml(&net.nodes[e.target].id),
        e.kind.as_str(),
        e.legs.len()
    );
    attvalues(
        out,
        &[
            ("kind", Some(e.kind.as_str().to_owned())),
            ("meetings", Some(e.legs.len().to_string())),
            ("first_date", e.first.clone()),
            ("last_date", e.last.clone()),
            ("places", Some(e.places.join("; "))),
            ("legs", Some(e.legs.join("; "))),
        ],
    );
    out.push_str("      </edge>\n");
}
