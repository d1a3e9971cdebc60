# jawla interface messages: English (the reference; ar.ftl has the same keys).
# Format: Fluent (https://projectfluent.org/), UTF-8. Embedded in the binary by src/i18n.rs.
# Arguments: $n a number (chooses the plural form), $count the same number as shown
# (with thousands separators), $name a file or person name, $what a message.

language-name = English
list-separator = {", "}

## Menu bar
menu-file = File
menu-edit = Edit
menu-view = View
menu-export = Export
menu-open = Open…
menu-open-folder = Open folder…
menu-open-folder-hover = Open every article (.txt .md .html) in a folder and its sub-folders
menu-recent = Recent files
menu-no-recent = No recent files
menu-clear-recent = Clear recent files
menu-open-workspace = Open workspace…
menu-save-workspace = Save workspace as…
menu-close-article = Close article
menu-quit = Quit
menu-undo = Undo correction
menu-redo = Redo correction
menu-find = Find in article…
menu-add-visit = Add visit from selection
menu-select-text-first = Select text in the article first
menu-export-item = { $what }…
menu-export-hover = Save as { $name }

## View menu
view-article-size = Article text: { $size } pt
view-zoom-in = Zoom in
view-zoom-out = Zoom out
view-zoom-reset = Reset zoom
view-article-font = Article font
view-fonts-scanning = Looking for installed Arabic fonts…
view-no-arabic-font = No installed font covers Arabic
view-font-missing = { $name } is not installed; using the bundled font
view-tint = Tint names in the article
view-reveal = Reveal hidden characters
view-hijri = Hijri dates (Umm al-Qura)
view-hijri-hover = Each leg's Hijri date beside the Gregorian one: table, leg editor, exports
view-theme = Theme
view-language = Interface language
theme-system = Follow system
theme-light = Light
theme-dark = Dark

## Export scope, review tabs, path field
scope-whole = Whole timeline
scope-filtered = Current filter
scope-trip = Selected leg's trip
tab-timeline = Timeline
tab-table = Table
tab-map = Map
path-open = Open this path
path-export = Export to this path
path-save = Save to this path

## Review bar
review-undo = Undo
review-undo-hover = Undo the last correction (Ctrl+Z)
review-redo = Redo
review-redo-hover = Redo (Ctrl+Shift+Z)
review-export = Export…
review-filter-count = Filter: { $shown } of { $total } legs

## Status bar
status-articles = { $n ->
    [one] 1 article
   *[other] { $count } articles
}
status-visits-found = { $n ->
    [one] 1 visit found
   *[other] { $count } visits found
}
status-legs-on-timeline = { $n ->
    [one] 1 leg on the timeline
   *[other] { $count } legs on the timeline
}
status-legs-hover = Reports of the same visit (one visitor, place and day, in one or more articles) are one leg of the timeline; corrections can add or remove legs
status-opening = Opening files: { $done } of { $total }
status-opening-searching = Opening files: { $done } of { $total } so far (searching folders)
status-cancel = Cancel
status-cancel-opening = Cancel opening
status-cancel-opening-hover = Stop opening the files not opened yet
status-extracting = Extracting visits: { $done } of { $total } articles
status-cancel-extraction = Cancel extraction
status-cancel-extraction-hover = Stop extracting; each article can be extracted again
status-characters = { $n ->
    [one] 1 character
   *[other] { $count } characters
}

## File list
files-heading = Articles
files-open = Open…
files-open-hover = Open articles (.txt .md .html) — Ctrl+O
files-open-folder = Open folder…
files-open-folder-hover = Open every article in a folder and its sub-folders
files-filter-hint = Filter by title or file name
files-filter-label = Filter articles
files-open-count = { $count } open
files-shown-count = { $count } shown
files-opening-count = { $count } opening
files-drop-here = drop files or folders here
files-samples = Sample articles: { $count }
files-samples-after = Sample articles: { $count }, listed after yours
files-close-samples = Close samples
files-close-samples-hover = Close the sample articles that come with jawla
files-close = Close { $name }
files-extract-again = Extract again
files-extract-again-hover = Find the visits in this article again
files-warnings = { $n ->
    [one] 1 warning
   *[other] { $count } warnings
}
files-published = Published
files-date-of = Publication date of { $name }
files-date-format = use YYYY-MM-DD
files-date-unknown = unknown date
files-date-given = given
files-date-given-hover = This date was given with the file or set by you.
files-date-html = from the HTML
files-date-html-hover = This date is the one the page's HTML metadata declares. Change it if it is wrong.
files-date-text = from the text
files-date-text-hover = This date was found near the top of the text (a publication line, a dateline or a date under the title). Change it if it is wrong.
files-locate = Locate…
files-locate-hover = Find where { $name } is now
files-locate-label = Locate { $name }
files-retry = Retry
files-retry-hover = Try to open the file again
files-retry-label = Retry { $name }
files-not-opened = Not opened: { $what }
# A located file while it is read at the place picked (after "Not opened: ").
files-relocating = looking for the file again…
files-opening-n = { $n ->
    [one] Opening 1 file…
   *[other] Opening { $count } files…
}
files-empty-hint = No article open. Use File > Open… (Ctrl+O) or Open folder…, or drop .txt, .md or .html files or a folder on the window.
warning = Warning: { $what }
# The hidden-character warning (crate::hidden::Warning::text); the
# English is the command line's and the exports' text, word for word.
hidden-separator = {"; "}
hidden-end = .
hidden-end-before-file-name = {".; "}
hidden-kind-bidi-embedding = bidi embedding
hidden-kind-bidi-override = bidi override
hidden-kind-bidi-isolate = bidi isolate
hidden-kind-bidi-pop = bidi pop
hidden-kind-deprecated-format = deprecated format control
hidden-kind-bidi-control = bidi control
hidden-reorder = { $n ->
    [one] { $count } { $kind } character
   *[other] { $count } { $kind } characters
} can make names and numbers display differently from the text
hidden-unclosed = { $what } ({ $count } left unclosed)
hidden-smuggle = { $n ->
    [one] { $count } invisible tag, annotation or variation-selector character
   *[other] { $count } invisible tag, annotation or variation-selector characters
} can carry text nobody sees
hidden-invisible = { $n ->
    [one] { $count } invisible character
   *[other] { $count } invisible characters
} can make a word look the same as a different one
hidden-file-name = the file name contains hidden or reordering characters: { $name }

## Errors
errors-heading = { $n ->
    [one] 1 file could not be opened
   *[other] { $count } files could not be opened
}
errors-dismiss-all = Dismiss all
errors-dismiss = Dismiss
errors-dismiss-label = Dismiss: { $what }

## Article header
header-hide-hidden = Hide hidden characters
header-reveal-hidden = Reveal hidden characters
header-tint = Tint names
header-tint-hover = Tint the people, places and dates the engine recognized; in evidence, each visit's visitor and counterparts
header-all-evidence = All evidence
header-all-evidence-hover = Show every visit's evidence and every recognized name, not only the selected visit's
header-add-visit-hover = Select the sentence of a visit the engine missed, then add it
legend-evidence = evidence
legend-selected-leg = selected leg
legend-person = person
legend-place = place
legend-date = date
legend-visitor = visitor
legend-counterpart = counterpart

## Review panels: filters, table
filter-all = all
filter-visitor = Visitor
filter-country = Country

## An article's extraction state (file list)
article-not-opened = not opened
article-extracting = …
article-cancelled = extraction cancelled
article-failed = extraction failed
article-visits = { $n ->
    [one] 1 visit
   *[other] { $count } visits
}
filter-from = From
filter-to = To
filter-keep-undated = keep undated
filter-keep-undated-hover = Legs without a date stay visible when a date range is set
filter-search = Search
filter-search-hint = name, place, source…
filter-confidence-prefix = {"confidence ≥ "}
filter-confidence-hover = Hide legs under this confidence (the measured share of right legs, BENCHMARKS.md) in the table and the timeline; 0 shows every leg
filter-clear = Clear
table-none-pass = No leg passes the filter.
table-sort-hover = Sort by this column (again to reverse)
column-visitor = Visitor
column-role = Role
column-place = Place
column-country = Country
column-date = Date
column-status = Status
column-counterparts = Counterparts
column-sources = Sources
column-confidence = Confidence
leg-status-occurred = occurred
leg-status-planned = planned
leg-status-cancelled = cancelled

## A leg: right-click menu and hover card
leg-select = Select
leg-mark-as = Mark as { $what }
leg-delete = Delete leg
leg-place = Place
leg-date = Date
leg-date-not-reported = not reported
leg-status = Status
leg-met = Met
leg-sources = Sources
leg-rules = Rules
leg-confidence = Confidence
leg-note-added = added by the analyst
leg-note-merged = merged
leg-note-split = split
leg-note-edited = edited: { $what }

## The path field (when no file dialog gave a path)
path-title = Type a path
path-none-chosen = No file was chosen. If no file dialog appeared (no desktop portal, a headless
path-type-here = or minimal desktop), type the path here:
path-cancel = Cancel

## Timeline toolbar
timeline-fit-all = Fit all
timeline-fit-all-hover = Show every dated leg
timeline-today = Today
timeline-today-hover = Centre on today's date
timeline-selection = Selection
timeline-selection-hover = Centre on the selected leg
timeline-legs = { $n ->
    [one] 1 leg
   *[other] { $count } legs
}
timeline-hidden = ({ $count } hidden by the filter)
timeline-no-date = no date: placed by trip order
leg-undated = undated

## Leg editor
editor-select-hint = Select a leg on the timeline or in the table to review it.
editor-hijri = Hijri date (Umm al-Qura): { $what } AH
editor-apply = Apply changes
editor-revert = Revert
editor-unsaved = { $n ->
    [one] 1 unsaved change
   *[other] { $count } unsaved changes
}
editor-merge-with = Merge with…
editor-choose-leg = choose a leg
editor-merge = Merge
editor-merge-hover = Make one leg of the two: this one keeps its fields, sources are joined
editor-note-added = added by you
editor-note-merged = merged from { $count } legs
editor-note-split = split from a merged leg
editor-delete-hover = Not a visit: remove it from the timeline (undo restores it)
editor-split = Split
editor-split-hover = Undo a merge: one leg per source
editor-remove = Remove
editor-arabic-name = Arabic name
editor-english-name = English name
editor-add-person = Add person
editor-changed-by-you = Changed by you
editor-add-visit = Add visit
field-date = Date
field-date-text = Date as written
field-status = Status
field-country = Country
field-city = City
field-place-ar = Place (Arabic)
field-latitude = Latitude
field-longitude = Longitude
field-visitor-ar = Visitor (Arabic)
field-visitor-en = Visitor (English)
field-role = Role
field-visitor-country = Visitor's country
field-counterparts = Counterparts

## Route map
map-trip-n = trip { $n }
map-trip = trip
map-all-legs = all legs
map-stops = { $n ->
    [one] 1 stop
   *[other] { $count } stops
}
map-scope-trip = Trip
map-scope-all = All trips
map-not-in-timeline = The selected leg is not in the timeline
map-select-hint = Select a leg to see its route
map-fit-route = Fit route
map-fit-route-hover = Zoom to the whole route
map-world = World
map-world-hover = Show the whole world
map-no-route = No route selected
map-country-centre = country centre (no coordinates)
# The map's accessible name (what a screen reader says): the visitor and the
# first places of the route, and how many more.
map-description = Route map of { $name }: { $names }{ $n ->
        [0] {""}
       *[other] {" "}and { $n } more
    }
map-description-no-stops = no stops
map-description-none = Route map: no leg selected

## Status bar messages, drop overlay
notice-exported = { $n ->
    [one] Exported 1 leg as { $what } to { $path }
   *[other] Exported { $count } legs as { $what } to { $path }
}
notice-workspace-saved = Workspace saved as { $path }
notice-workspace-opened = Opened workspace { $path }
notice-opening-cancelled = { $n ->
    [0] Opening cancelled.
    [one] Opening cancelled: 1 file was not opened.
   *[other] Opening cancelled: { $count } files were not opened.
}
notice-select-sentence = Select the sentence of the visit in the article first.
notice-selection-empty = The selection is empty.
editor-unapplied = { $n ->
    [one] 1 correction no longer applies:
   *[other] { $count } corrections no longer apply:
}
drop-overlay = { $n ->
    [one] Drop to open this file or folder
   *[other] Drop to open these { $count } files or folders
}
timeline-trip-n = Trip { $n }
timeline-trip = Trip
map-about = undated — on or about { $what }
map-between = undated — between { $from } and { $to } (by trip order)
map-position = Position
map-country-centre-of = centre of { $name } (the leg has no coordinates)
map-position-unknown = unknown
map-leg-of-trip = Leg { $n } of its trip
map-click-to-select = Click to select

## Messages built outside the panels: files and folders (src/files.rs, src/app/load.rs), the
## folder's note (src/app/workers.rs), a leg's fields (src/review/fields.rs)
file-error = { $file }: { $reason }
file-read-failed = jawla failed while reading this file
file-not-regular = not a regular file ({ $kind }); not read
file-kind-folder = a folder
file-kind-fifo = a named pipe
file-kind-char-device = a character device
file-kind-block-device = a block device
file-kind-socket = a socket
file-kind-special = a special file
file-too-large = the file is { $size } MB, over the limit of { $limit } MB for an article (set { $env } or { $flag } to change it)
file-not-found = cannot read the file (no such file)
file-permission-denied = cannot read the file (permission denied)
file-io-error = cannot read the file ({ $reason })
file-empty = the file is empty
file-not-text = this is not a text file ({ $what })
file-bad-encoding = the text encoding is not readable ({ $why })
folder-unreadable = { $folder }: cannot read the folder ({ $reason })
folder-no-articles = { $folder }: no article files (.txt, .md, .html) in this folder
loader-stopped = { $path }: the loading worker is not running
aside-other-types = { $n ->
    [one] { $folder }: 1 file that is not .txt, .md or .html left aside
   *[other] { $folder }: { $count } files that are not .txt, .md or .html left aside
}
aside-files = { $n ->
    [one] { $folder }: 1 file left aside: { $parts }
   *[other] { $folder }: { $count } files left aside: { $parts }
}
aside-part-other-types = { $count } not .txt, .md or .html
aside-part-no-arabic = { $count } with no Arabic text ({ $names })
notice-no-arabic = { $file } has no Arabic text: no visits can be found in it
notice-session-missing = Some files of the session could not be opened; they stay in the list, greyed (Retry, or Locate… where they are now).
field-error = { $field }: { $reason }
field-error-visitor-empty = the visitor's name is empty
field-error-person-empty = a person's Arabic name is empty
field-error-degrees = { $value } is not a number of degrees
field-error-date = { $value } is not a date in the form { $form }
field-error-country = { $value } is not a two-letter ISO 3166-1 country code
field-error-range = { $what } { $value } is outside { $min } ..= { $limit }
field-error-selection-empty = the selection { $range } in { $path } is empty
field-error-no-selection = no text selected
field-note-not-in-gazetteer = { $city } is not in the gazetteer: the leg has no coordinates (type its latitude and longitude)

## The window title
window-title = { $title } — jawla
window-title-empty = jawla

## The timeline's axis: month names (as the news writes them) and tick labels
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
axis-day = { $day } { $month }
axis-month = { $month } { $year }

## Why a correction no longer applies (review::Problem)
problem-not-found = no leg with key { $key } (no longer extracted, or deleted or merged)
problem-same-leg = cannot merge leg { $key } with itself
problem-nothing-to-split = leg { $key } is not merged: nothing to split
problem-invalid = { $what }

## Workspace, autosave and export errors (workspace::store, app/session.rs)
workspace-cannot-open = cannot open workspace { $path }: { $reason }
workspace-no-such-file = no such file
workspace-too-large = the file is too large for a workspace ({ $size } bytes; the limit is { $limit })
workspace-too-deep = the file nests data more than { $limit } levels deep; a workspace never does
workspace-truncated = the file is truncated (it ends in the middle of the data)
workspace-not-json = the file is not valid JSON (line { $line }, column { $column }: { $why })
workspace-not-a-workspace = the file is not a jawla workspace (no "format": "{ $format }")
workspace-newer = the file was written by a newer jawla (workspace version { $found }; this version reads up to { $supported }); it was left unchanged
workspace-bad-version = the workspace has no valid "version" (a positive integer)
workspace-invalid = the workspace has invalid data (line { $line }, column { $column }: { $why })
workspace-kept-aside = { $problem }. It was kept as { $path } and jawla started with an empty workspace.
workspace-not-saved-over = { $problem }. jawla started with an empty workspace and will not save over that file; use "Save workspace as…".
workspace-cannot-save = cannot save workspace { $path }: { $reason } (the previous file is unchanged)
autosave-no-folder = cannot save workspace { $path }: cannot create its folder ({ $reason })
autosave-no-backup = cannot keep a backup of workspace { $path }: { $reason }; autosave is paused
autosave-paused = { $problem }; autosave is paused
export-failed = { $path }: { $reason }
export-cannot-write = cannot write { $path }: { $reason }

## File dialogs' titles and filters
dialog-open-folder = Open a folder of articles
dialog-open-articles = Open articles
dialog-articles-filter = Articles (.txt .md .html .htm)
dialog-all-files = All files
dialog-locate = Locate { $file }
dialog-export = Export { $what }
dialog-save-workspace = Save workspace as
dialog-open-workspace = Open workspace
dialog-workspace-filter = jawla workspace

## Export formats, as the menus and dialogs name them (by Format::name)
format-json = JSON (jawla)
format-csv = CSV (Excel, LibreOffice)
format-md = Markdown summary
format-html = HTML report (print to PDF)
format-timelinejs = TimelineJS3 JSON
format-geojson = GeoJSON (QGIS, kepler.gl)
format-ics = iCalendar (.ics)
format-svg = SVG image of the timeline
format-png = PNG image of the timeline
format-gexf = GEXF network of who met whom (Gephi)
format-graphml = GraphML network of who met whom (yEd, networkx)

## The "Add visit" window
add-visit-title = Add visit
add-visit-span = { $file } (chars { $from }–{ $to })

## The reader's find bar
find-hint = Find (أ=ا, ة=ه, ى=ي)
find-searching = searching… { $count } so far
find-none = no match
find-position = { $current } / { $count }
find-previous = Previous
find-next = Next
find-close = Close
