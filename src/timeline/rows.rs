//! Label rows of a lane: where each mark's label goes so that none overlap and
//! a trip's stops read in trip order at every zoom.
//!
//! A trip is packed as one block: on one row when its labels fit side by side
//! (read left to right), else as a staircase of one row per stop (read top to
//! bottom), the rows of the block reserved over the whole trip so that no
//! other trip's stop sits among them. Blocks take the lowest free rows, in the
//! order of their left edge.

use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeSet, BinaryHeap};

use super::{Mark, Style};

/// The right end of a label row and the row's index, ordered by end then
/// index (floats compared with `total_cmp`).
#[derive(Clone, Copy, Debug, PartialEq)]
struct RowEnd(f32, usize);

impl Eq for RowEnd {}

impl PartialOrd for RowEnd {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RowEnd {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

/// The horizontal extent of a mark: its label and its range bar.
fn extent(m: &Mark) -> (f32, f32) {
    (
        m.label_x.0.min(m.range.map_or(m.x, |r| r.0)),
        m.label_x.1.max(m.range.map_or(m.x, |r| r.1)),
    )
}

/// One trip (or a leg of no trip) to place: its marks in reading order, how
/// many rows it needs and its extent.
struct Block {
    marks: Vec<usize>,
    stacked: bool,
    left: f32,
    right: f32,
}

impl Block {
    fn new(marks: &[Mark], trip: Vec<usize>, gap: f32) -> Block {
        // Reading order: by x, then trip order (the order given).
        let mut ranked: Vec<(usize, usize)> = trip.into_iter().enumerate().collect();
        ranked.sort_by(|&(pa, a), &(pb, b)| marks[a].x.total_cmp(&marks[b].x).then(pa.cmp(&pb)));
        let members: Vec<usize> = ranked.into_iter().map(|(_, k)| k).collect();
        let extents: Vec<(f32, f32)> = members.iter().map(|&k| extent(&marks[k])).collect();
        let stacked = extents.windows(2).any(|w| w[0].1 + gap > w[1].0);
        let left = extents.iter().map(|e| e.0).fold(f32::INFINITY, f32::min);
        let right = extents
            .iter()
            .map(|e| e.1)
            .fold(f32::NEG_INFINITY, f32::max);
        Block {
            marks: members,
            stacked,
            left,
            right,
        }
    }

    fn height(&self) -> usize {
        if self.stacked { self.marks.len() } else { 1 }
    }
}

/// The lowest row `r` such that rows `r..r + h` are all free, given the free
/// rows below `used` (rows from `used` on are new).
fn lowest_run(free: &BTreeSet<usize>, used: usize, h: usize) -> usize {
    if h == 1 {
        return free.first().copied().unwrap_or(used);
    }
    let mut run_start = None;
    let mut prev = None;
    for &r in free {
        if prev.is_none_or(|p| p + 1 != r) {
            run_start = Some(r);
        }
        prev = Some(r);
        if let Some(s) = run_start
            && r + 1 - s >= h
        {
            return s;
        }
    }
    // A run that reaches the last row continues into new rows.
    match (run_start, prev) {
        (Some(s), Some(p)) if p + 1 == used => s,
        _ => used,
    }
}

/// Packs the marks of a lane into label rows from `rows_top`, trip by trip
/// (`trips`: indices into `marks`, each trip in trip order, every mark in
/// exactly one), setting each mark's row and y; returns how many rows were
/// used. Rows that have ended move from a heap to a free set, so this stays
/// near O(n log n) when thousands of legs pile up on one day.
pub(super) fn pack_rows(
    marks: &mut [Mark],
    trips: Vec<Vec<usize>>,
    rows_top: f32,
    style: &Style,
) -> usize {
    let mut blocks: Vec<Block> = (trips.into_iter())
        .filter(|t| !t.is_empty())
        .map(|t| Block::new(marks, t, style.label_gap))
        .collect();
    blocks.sort_by(|a, b| a.left.total_cmp(&b.left));
    let mut busy: BinaryHeap<Reverse<RowEnd>> = BinaryHeap::new();
    let mut free: BTreeSet<usize> = BTreeSet::new();
    let mut used = 0usize;
    for block in blocks {
        while let Some(Reverse(RowEnd(end, row))) = busy.peek().copied() {
            if end + style.label_gap > block.left {
                break;
            }
            busy.pop();
            free.insert(row);
        }
        let h = block.height();
        let base = lowest_run(&free, used, h);
        for row in base..base + h {
            free.remove(&row);
            busy.push(Reverse(RowEnd(block.right, row)));
        }
        used = used.max(base + h);
        for (n, &k) in block.marks.iter().enumerate() {
            let row = if block.stacked { base + n } else { base };
            marks[k].row = row;
            marks[k].y = rows_top + style.row_height * row as f32 + style.marker_radius + 2.0;
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_free_rows_are_found_lowest_first() {
        let free: BTreeSet<usize> = [0, 2, 3, 5, 6, 7].into_iter().collect();
        assert_eq!(lowest_run(&free, 8, 1), 0);
        assert_eq!(lowest_run(&free, 8, 2), 2);
        assert_eq!(lowest_run(&free, 8, 3), 5);
        // 5, 6, 7 and then new rows 8, 9.
        assert_eq!(lowest_run(&free, 8, 5), 5);
        assert_eq!(lowest_run(&free, 10, 4), 10);
        assert_eq!(lowest_run(&BTreeSet::new(), 3, 2), 3);
    }
}
