//! Stage 8 of the cascade: the order of an article's legs within each
//! traveller's trip. Articles tell trips out of order («وصل إلى إسرائيل بعد
//! محادثات أجراها في قطر»، «زار القاهرة، وهي المحطة الثانية في جولته التي
//! استهلها بزيارة السعودية»); the legs are numbered in the order they were
//! made, which the timeline merge uses to place undated legs between dated
//! ones.

use super::legs::Leg;

/// The indices of `legs` (in text order) in trip order: by traveller (in
/// order of first mention), then by [`keys`].
pub fn trip_order(legs: &[Leg]) -> Vec<usize> {
    let mut travellers: Vec<usize> = Vec::new();
    for l in legs {
        if !travellers.contains(&l.traveller) {
            travellers.push(l.traveller);
        }
    }
    let mut out = Vec::with_capacity(legs.len());
    for t in travellers {
        let mine: Vec<&Leg> = legs.iter().filter(|l| l.traveller == t).collect();
        let idx: Vec<usize> = (0..legs.len())
            .filter(|&i| legs[i].traveller == t)
            .collect();
        let key = keys(&mine);
        let mut order: Vec<usize> = (0..mine.len()).collect();
        order.sort_by(|&a, &b| key[a].total_cmp(&key[b]).then(a.cmp(&b)));
        out.extend(order.into_iter().map(|i| idx[i]));
    }
    out
}

/// A sort key per leg of one traveller (in text order), in days: a dated
/// leg its day; an undated one just after the leg before it in the text;
/// one told before or after another (بعد زيارته، قادما من، قبيل توجهه) half a
/// day from the leg of its sentence; one whose position the text states
/// (المحطة الثانية) at that position.
fn keys(legs: &[&Leg]) -> Vec<f64> {
    let n = legs.len();
    let day = |i: usize| {
        legs[i]
            .date
            .map(|d| f64::from(chrono::Datelike::num_days_from_ce(&d)))
    };
    let mut base = vec![0.0; n];
    for i in 0..n {
        base[i] = match day(i) {
            Some(d) => d,
            None if i > 0 => base[i - 1] + 0.01,
            None => (i + 1..n)
                .find_map(|j| day(j).map(|d| d - 0.01 * (j - i) as f64))
                .unwrap_or(0.0),
        };
    }
    let mut key = base.clone();
    for i in 0..n {
        let l = legs[i];
        if l.date.is_some() || l.shift == 0 {
            continue;
        }
        let told_with = |j: usize| j != i && legs[j].shift == 0;
        let same_sentence = (0..n)
            .find(|&j| told_with(j) && legs[j].sentences.iter().any(|s| l.sentences.contains(s)));
        let anchor = same_sentence.or_else(|| {
            if l.shift < 0 {
                (i + 1..n).find(|&j| told_with(j))
            } else {
                (0..i).rev().find(|&j| told_with(j))
            }
        });
        if let Some(a) = anchor {
            key[i] = base[a] + 0.5 * f64::from(l.shift);
        }
    }
    let mut stationed: Vec<(u8, usize)> = (0..n)
        .filter(|&i| legs[i].date.is_none())
        .filter_map(|i| legs[i].station.map(|s| (s, i)))
        .collect();
    stationed.sort_unstable();
    for (k, &(station, i)) in stationed.iter().enumerate() {
        let waiting = |j: usize| stationed[k + 1..].iter().any(|&(_, x)| x == j);
        let mut others: Vec<f64> = (0..n)
            .filter(|&j| j != i && !waiting(j))
            .map(|j| key[j])
            .collect();
        others.sort_by(f64::total_cmp);
        let pos = usize::from(station.max(1)) - 1;
        key[i] = match (
            pos.checked_sub(1).and_then(|p| others.get(p)),
            others.get(pos),
        ) {
            (_, None) if others.is_empty() => key[i],
            (None, Some(first)) => first - 0.5,
            (Some(prev), None) => prev + 0.5,
            (Some(prev), Some(next)) => (prev + next) / 2.0,
            (None, None) => key[i],
        };
    }
    key
}
