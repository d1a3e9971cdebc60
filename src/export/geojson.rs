//! GeoJSON (RFC 7946) for QGIS and kepler.gl: a Point per leg with flat
//! properties (`[lon, lat]` order) and a LineString per trip joining its legs
//! in trip order.

use super::fields::{confidence, place_en, precision_name, unique_leg_ids, visitor_en};
use super::narrative::{person_ar, person_en};
use super::{ExportError, Format};
use crate::geo::stops::country_centre;
use crate::model::Visit;
use crate::timeline::trip_groups;
use serde_json::{Value, json};

/// `[lon, lat]` when both are known and in range.
fn own_position(v: &Visit) -> Option<[f64; 2]> {
    let (lat, lon) = (v.place.lat?, v.place.lon?);
    let ok = lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
    ok.then_some([lon, lat])
}

/// `[lon, lat]` of a leg and what it locates: its own coordinates with their
/// precision, else (a leg the analyst added with a country alone) the centre
/// of its country's outline, rounded to 4 decimals, as `"country"`.
fn position(v: &Visit) -> Option<([f64; 2], Option<&'static str>)> {
    if let Some(p) = own_position(v) {
        return Some((p, v.place.precision.map(precision_name)));
    }
    let (lon, lat) = country_centre(&v.place.country)?;
    let round = |x: f32| (f64::from(x) * 1e4).round() / 1e4;
    Some(([round(lon), round(lat)], Some("country")))
}

/// The FeatureCollection, pretty-printed. Every leg with a country the
/// world outline knows has a Point (its coordinates, or its country's
/// centre), `precision` saying which; a leg without one is still a Feature,
/// with `"geometry": null` (allowed by RFC 7946 §3.2), so nothing is
/// dropped. Data is written verbatim (JSON escaping only).
pub fn to_geojson(visits: &[Visit]) -> Result<Vec<u8>, ExportError> {
    let ids = unique_leg_ids(visits);
    let mut features = Vec::new();
    for (v, id) in visits.iter().zip(&ids) {
        let trip = v.trip.as_ref();
        let at = position(v);
        let geometry = at.map_or(
            Value::Null,
            |(p, _)| json!({ "type": "Point", "coordinates": p }),
        );
        features.push(json!({
            "type": "Feature",
            "id": id,
            "geometry": geometry,
            "properties": {
                "kind": "leg",
                "visitor_en": visitor_en(v),
                "visitor_ar": v.visitor.name_ar,
                "visitor_role": v.visitor.role,
                "place_en": place_en(v),
                "place_ar": v.place.name_ar,
                "city": v.place.city,
                "country": v.place.country,
                "precision": at.and_then(|(_, p)| p),
                "date": v.date.map(|d| d.to_string()),
                "date_edtf": v.date_edtf,
                "date_hijri": v.date_hijri,
                "date_text": v.date_text,
                "status": v.status.as_str(),
                "counterparts_en": v.counterparts.iter().map(person_en).collect::<Vec<_>>().join("; "),
                "counterparts_ar": v.counterparts.iter().map(person_ar).collect::<Vec<_>>().join("; "),
                "trip_id": trip.and_then(|t| t.id.clone()),
                "trip_ordinal": trip.and_then(|t| t.ordinal),
                "trip_leg": trip.and_then(|t| t.leg),
                "confidence": confidence(v.confidence),
                "sources": v.evidence.iter().map(|e| format!("{}:{}-{}", e.path, e.start, e.end)).collect::<Vec<_>>().join("; "),
                "evidence": v.evidence.first().map(|e| e.text.clone()),
            }
        }));
    }
    for g in trip_groups(visits, 0..visits.len()) {
        let Some(trip_id) = g.id.clone() else {
            continue;
        };
        let coords: Vec<[f64; 2]> = g
            .legs
            .iter()
            .filter_map(|&i| position(&visits[i]).map(|(p, _)| p))
            .collect();
        if coords.len() < 2 {
            continue;
        }
        let first = &visits[g.legs[0]];
        features.push(json!({
            "type": "Feature",
            "id": format!("trip-{}", ids[g.legs[0]].trim_start_matches("leg-")),
            "geometry": { "type": "LineString", "coordinates": coords },
            "properties": {
                "kind": "trip",
                "visitor_en": visitor_en(first),
                "visitor_ar": first.visitor.name_ar,
                "trip_id": trip_id,
                "trip_ordinal": g.ordinal,
                "legs": g.legs.iter().map(|&i| ids[i].clone()).collect::<Vec<_>>(),
            }
        }));
    }
    let doc = json!({ "type": "FeatureCollection", "features": features });
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| ExportError::Serialize {
        format: Format::GeoJson,
        reason: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}
