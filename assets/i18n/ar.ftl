# رسائل واجهة جولة: العربية (المفاتيح نفسها التي في en.ftl).
# Format: Fluent (https://projectfluent.org/), UTF-8. Embedded in the binary by src/i18n.rs.
# Plural forms (CLDR, ar): zero 0, one 1, two 2, few 3–10, many 11–99, other 100, 101, 102…

language-name = العربية
list-separator = {"، "}

## شريط القوائم
menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-export = تصدير
menu-open = فتح…
menu-open-folder = فتح مجلد…
menu-open-folder-hover = فتح كل المقالات (.txt .md .html) في مجلد ومجلداته الفرعية
menu-recent = الملفات الأخيرة
menu-no-recent = لا توجد ملفات حديثة
menu-clear-recent = مسح قائمة الملفات الأخيرة
menu-open-workspace = فتح مساحة عمل…
menu-save-workspace = حفظ مساحة العمل باسم…
menu-close-article = إغلاق المقال
menu-quit = خروج
menu-undo = التراجع عن التصحيح
menu-redo = إعادة التصحيح
menu-find = البحث في المقال…
menu-add-visit = إضافة زيارة من النص المحدد
menu-select-text-first = حدِّد نصًا في المقال أولًا
menu-export-item = { $what }…
menu-export-hover = حفظ باسم { $name }

## قائمة العرض
view-article-size = نص المقال: { $size } نقطة
view-zoom-in = تكبير
view-zoom-out = تصغير
view-zoom-reset = الحجم الافتراضي
view-article-font = خط المقال
view-fonts-scanning = جارٍ البحث عن الخطوط العربية المثبتة…
view-no-arabic-font = لا يوجد خط مثبت يدعم العربية
view-font-missing = الخط { $name } غير مثبت؛ يُستخدم الخط المرفق
view-tint = تلوين الأسماء في المقال
view-reveal = إظهار المحارف المخفية
view-hijri = التواريخ الهجرية (أم القرى)
view-hijri-hover = التاريخ الهجري لكل محطة بجانب التاريخ الميلادي: في الجدول ومحرر المحطة والتصدير
view-theme = المظهر
view-language = لغة الواجهة
theme-system = حسب النظام
theme-light = فاتح
theme-dark = داكن

## نطاق التصدير، ألسنة المراجعة، حقل المسار
scope-whole = الخط الزمني كاملًا
scope-filtered = نتيجة التصفية الحالية
scope-trip = جولة المحطة المحددة
tab-timeline = الخط الزمني
tab-table = الجدول
tab-map = الخريطة
path-open = فتح هذا المسار
path-export = التصدير إلى هذا المسار
path-save = الحفظ في هذا المسار

## شريط المراجعة
review-undo = تراجع
review-undo-hover = التراجع عن آخر تصحيح (Ctrl+Z)
review-redo = إعادة
review-redo-hover = إعادة (Ctrl+Shift+Z)
review-export = تصدير…
review-filter-count = التصفية: { $shown } من أصل { $total } محطة

## شريط الحالة
status-articles = { $n ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
status-visits-found = { $n ->
    [zero] لم يُعثر على زيارات
    [one] عُثر على زيارة واحدة
    [two] عُثر على زيارتين
    [few] عُثر على { $count } زيارات
    [many] عُثر على { $count } زيارة
   *[other] عُثر على { $count } زيارة
}
status-legs-on-timeline = { $n ->
    [zero] لا محطات على الخط الزمني
    [one] محطة واحدة على الخط الزمني
    [two] محطتان على الخط الزمني
    [few] { $count } محطات على الخط الزمني
    [many] { $count } محطة على الخط الزمني
   *[other] { $count } محطة على الخط الزمني
}
status-legs-hover = التقارير عن الزيارة نفسها (الزائر نفسه والمكان واليوم نفسهما، في مقال واحد أو أكثر) محطةٌ واحدة على الخط الزمني؛ ويمكن للتصحيحات أن تضيف محطات أو تحذفها
status-opening = فتح الملفات: { $done } من { $total }
status-opening-searching = فتح الملفات: { $done } من { $total } حتى الآن (جارٍ البحث في المجلدات)
status-cancel = إلغاء
status-cancel-opening = إلغاء الفتح
status-cancel-opening-hover = إيقاف فتح الملفات التي لم تُفتح بعد
status-extracting = استخراج الزيارات: { $done } من { $total } من المقالات
status-cancel-extraction = إلغاء الاستخراج
status-cancel-extraction-hover = إيقاف الاستخراج؛ يمكن استخراج كل مقال من جديد
status-characters = { $n ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}

## قائمة الملفات
files-heading = المقالات
files-open = فتح…
files-open-hover = فتح مقالات (.txt .md .html) — Ctrl+O
files-open-folder = فتح مجلد…
files-open-folder-hover = فتح كل المقالات في مجلد ومجلداته الفرعية
files-filter-hint = التصفية حسب العنوان أو اسم الملف
files-filter-label = تصفية المقالات
files-open-count = المفتوحة: { $count }
files-shown-count = المعروضة: { $count }
files-opening-count = قيد الفتح: { $count }
files-drop-here = أفلِت الملفات أو المجلدات هنا
files-samples = مقالات نموذجية: { $count }
files-samples-after = مقالات نموذجية: { $count }، مدرجة بعد مقالاتك
files-close-samples = إغلاق المقالات النموذجية
files-close-samples-hover = إغلاق المقالات النموذجية المرفقة ببرنامج جولة
files-close = إغلاق { $name }
files-extract-again = إعادة الاستخراج
files-extract-again-hover = البحث عن الزيارات في هذا المقال من جديد
files-warnings = { $n ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}
files-published = تاريخ النشر
files-date-of = تاريخ نشر { $name }
files-date-format = استخدم الصيغة YYYY-MM-DD
files-date-unknown = تاريخ غير معروف
files-date-given = محدَّد
files-date-given-hover = أُعطي هذا التاريخ مع الملف أو حدّدتَه بنفسك.
files-date-html = من بيانات HTML
files-date-html-hover = هذا هو التاريخ الذي تعلنه البيانات الوصفية لصفحة HTML. غيّره إن كان خاطئًا.
files-date-text = من النص
files-date-text-hover = عُثر على هذا التاريخ قرب أعلى النص (سطر تاريخ النشر، أو سطر المكان والتاريخ، أو تاريخ تحت العنوان). غيّره إن كان خاطئًا.
files-locate = تحديد الموقع…
files-locate-hover = البحث عن موضع { $name } الآن
files-locate-label = تحديد موقع { $name }
files-retry = إعادة المحاولة
files-retry-hover = محاولة فتح الملف مرة أخرى
files-retry-label = إعادة محاولة { $name }
files-not-opened = لم يُفتح: { $what }
# A located file while it is read at the place picked (after «لم يُفتح: »).
files-relocating = جارٍ البحث عن الملف مجددًا…
files-opening-n = { $n ->
    [one] جارٍ فتح ملف واحد…
    [two] جارٍ فتح ملفين…
    [few] جارٍ فتح { $count } ملفات…
    [many] جارٍ فتح { $count } ملفًا…
   *[other] جارٍ فتح { $count } ملف…
}
files-empty-hint = لا يوجد مقال مفتوح. استخدم ملف ← فتح… (Ctrl+O) أو فتح مجلد…، أو أفلِت ملفات txt أو md أو html أو مجلدًا على النافذة.
warning = تحذير: { $what }
# تحذير المحارف المخفية (crate::hidden::Warning::text)
hidden-separator = {"؛ "}
hidden-end = .
hidden-end-before-file-name = {". "}
hidden-kind-bidi-embedding = تضمين الاتجاه
hidden-kind-bidi-override = فرض الاتجاه
hidden-kind-bidi-isolate = عزل الاتجاه
hidden-kind-bidi-pop = إنهاء الاتجاه
hidden-kind-deprecated-format = التنسيق المهجور
hidden-kind-bidi-control = التحكم في الاتجاه
hidden-reorder = { $n ->
    [one] محرف واحد من محارف { $kind } قد يُظهر
    [two] محرفان من محارف { $kind } قد يُظهران
   *[other] { $count } من محارف { $kind } قد تُظهر
} الأسماء والأرقام على غير ما هي عليه في النص
hidden-unclosed = { $what } (لم يُغلق منها { $count })
hidden-smuggle = { $n ->
    [one] محرف واحد غير مرئي (وسم أو تعليق أو محدِّد تنوع) قد يحمل
    [two] محرفان غير مرئيين (وسوم أو تعليقات أو محدِّدات تنوع) قد يحملان
    [few] { $count } محارف غير مرئية (وسوم أو تعليقات أو محدِّدات تنوع) قد تحمل
    [many] { $count } محرفًا غير مرئي (وسوم أو تعليقات أو محدِّدات تنوع) قد تحمل
   *[other] { $count } محرف غير مرئي (وسوم أو تعليقات أو محدِّدات تنوع) قد تحمل
} نصًا لا يراه أحد
hidden-invisible = { $n ->
    [one] محرف واحد غير مرئي قد يجعل
    [two] محرفان غير مرئيين قد يجعلان
    [few] { $count } محارف غير مرئية قد تجعل
    [many] { $count } محرفًا غير مرئي قد تجعل
   *[other] { $count } محرف غير مرئي قد تجعل
} كلمةً تبدو مثل كلمة أخرى
hidden-file-name = في اسم الملف محارف مخفية أو تغيّر الترتيب: { $name }

## الأخطاء
errors-heading = { $n ->
    [one] تعذّر فتح ملف واحد
    [two] تعذّر فتح ملفين
    [few] تعذّر فتح { $count } ملفات
    [many] تعذّر فتح { $count } ملفًا
   *[other] تعذّر فتح { $count } ملف
}
errors-dismiss-all = تجاهل الكل
errors-dismiss = تجاهل
errors-dismiss-label = تجاهل: { $what }

## ترويسة المقال
header-hide-hidden = إخفاء المحارف المخفية
header-reveal-hidden = إظهار المحارف المخفية
header-tint = تلوين الأسماء
header-tint-hover = تلوين الأشخاص والأماكن والتواريخ التي تعرّف عليها المحرك، وفي الشواهد: زائر كل زيارة ونظراؤه
header-all-evidence = كل الشواهد
header-all-evidence-hover = إظهار شواهد كل الزيارات وكل الأسماء المعرّف عليها، لا شواهد الزيارة المحددة وحدها
header-add-visit-hover = حدِّد جملة زيارة فاتت المحرك، ثم أضِفها
legend-evidence = شاهد
legend-selected-leg = المحطة المحددة
legend-person = شخص
legend-place = مكان
legend-date = تاريخ
legend-visitor = زائر
legend-counterpart = نظير

## لوحات المراجعة: التصفية والجدول
filter-all = الكل
filter-visitor = الزائر
filter-country = البلد

## حالة استخراج المقال (قائمة الملفات)
article-not-opened = لم يُفتح
article-extracting = …
article-cancelled = أُلغي الاستخراج
article-failed = فشل الاستخراج
article-visits = { $n ->
    [zero] لا زيارات
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $count } زيارات
    [many] { $count } زيارة
   *[other] { $count } زيارة
}
filter-from = من
filter-to = إلى
filter-keep-undated = إبقاء غير المؤرَّخة
filter-keep-undated-hover = تبقى المحطات التي لا تاريخ لها ظاهرةً عند تحديد نطاق زمني
filter-search = بحث
filter-search-hint = اسم، مكان، مصدر…
filter-confidence-prefix = {"الثقة ≥ "}
filter-confidence-hover = إخفاء المحطات التي تقل ثقتها عن هذه القيمة (نسبة المحطات الصحيحة المقيسة، BENCHMARKS.md) في الجدول والخط الزمني؛ القيمة 0 تُظهر كل المحطات
filter-clear = مسح
table-none-pass = لا توجد محطة تطابق التصفية.
table-sort-hover = الترتيب حسب هذا العمود (مرة أخرى لعكس الترتيب)
column-visitor = الزائر
column-role = المنصب
column-place = المكان
column-country = البلد
column-date = التاريخ
column-status = الحالة
column-counterparts = النظراء
column-sources = المصادر
column-confidence = الثقة
leg-status-occurred = جرت
leg-status-planned = مخطط لها
leg-status-cancelled = أُلغيت

## المحطة: قائمة النقر بالزر الأيمن وبطاقة التمرير
leg-select = تحديد
leg-mark-as = وسمها بأنها { $what }
leg-delete = حذف المحطة
leg-place = المكان
leg-date = التاريخ
leg-date-not-reported = غير مذكور
leg-status = الحالة
leg-met = التقى
leg-sources = المصادر
leg-rules = القواعد
leg-confidence = الثقة
leg-note-added = أضافها المحلل
leg-note-merged = مدموجة
leg-note-split = مقسومة
leg-note-edited = عُدِّلت: { $what }

## حقل المسار (حين لا يعطي مربع حوار الملفات مسارًا)
path-title = اكتب مسارًا
path-none-chosen = لم يُختر أي ملف. إن لم يظهر مربع حوار الملفات (لا توجد بوابة سطح مكتب،
path-type-here = أو بيئة بلا واجهة أو سطح مكتب مصغّر)، فاكتب المسار هنا:
path-cancel = إلغاء

## شريط أدوات الخط الزمني
timeline-fit-all = عرض الكل
timeline-fit-all-hover = إظهار كل المحطات المؤرَّخة
timeline-today = اليوم
timeline-today-hover = التوسيط على تاريخ اليوم
timeline-selection = المحدد
timeline-selection-hover = التوسيط على المحطة المحددة
timeline-legs = { $n ->
    [zero] لا محطات
    [one] محطة واحدة
    [two] محطتان
    [few] { $count } محطات
    [many] { $count } محطة
   *[other] { $count } محطة
}
timeline-hidden = (أخفت التصفية { $count })
timeline-no-date = بلا تاريخ: موضوعة حسب ترتيب الجولة
leg-undated = بلا تاريخ

## محرر المحطة
editor-select-hint = حدِّد محطة على الخط الزمني أو في الجدول لمراجعتها.
editor-hijri = التاريخ الهجري (أم القرى): { $what } هـ
editor-apply = تطبيق التغييرات
editor-revert = تراجع عن التغييرات
editor-unsaved = { $n ->
    [one] تغيير واحد لم يُحفظ
    [two] تغييران لم يُحفظا
    [few] { $count } تغييرات لم تُحفظ
    [many] { $count } تغييرًا لم يُحفظ
   *[other] { $count } تغيير لم يُحفظ
}
editor-merge-with = الدمج مع…
editor-choose-leg = اختر محطة
editor-merge = دمج
editor-merge-hover = جعل المحطتين محطة واحدة: تحتفظ هذه بحقولها وتُضم المصادر
editor-note-added = أضفتَها أنت
editor-note-merged = { $n ->
    [two] مدموجة من محطتين
    [few] مدموجة من { $count } محطات
   *[other] مدموجة من { $count } محطة
}
editor-note-split = مقسومة من محطة مدموجة
editor-delete-hover = ليست زيارة: احذفها من الخط الزمني (التراجع يعيدها)
editor-split = تقسيم
editor-split-hover = التراجع عن الدمج: محطة لكل مصدر
editor-remove = إزالة
editor-arabic-name = الاسم بالعربية
editor-english-name = الاسم بالإنجليزية
editor-add-person = إضافة شخص
editor-changed-by-you = غيّرتَه أنت
editor-add-visit = إضافة الزيارة
field-date = التاريخ
field-date-text = التاريخ كما ورد
field-status = الحالة
field-country = البلد
field-city = المدينة
field-place-ar = المكان (بالعربية)
field-latitude = خط العرض
field-longitude = خط الطول
field-visitor-ar = الزائر (بالعربية)
field-visitor-en = الزائر (بالإنجليزية)
field-role = المنصب
field-visitor-country = بلد الزائر
field-counterparts = النظراء

## خريطة المسار
map-trip-n = الجولة { $n }
map-trip = الجولة
map-all-legs = كل المحطات
map-stops = { $n ->
    [zero] لا توقفات
    [one] توقف واحد
    [two] توقفان
    [few] { $count } توقفات
    [many] { $count } توقفًا
   *[other] { $count } توقف
}
map-scope-trip = الجولة
map-scope-all = كل الجولات
map-not-in-timeline = المحطة المحددة ليست على الخط الزمني
map-select-hint = حدِّد محطة لترى مسارها
map-fit-route = ملاءمة المسار
map-fit-route-hover = التكبير لإظهار المسار كله
map-world = العالم
map-world-hover = إظهار العالم كله
map-no-route = لم يُحدَّد مسار
map-country-centre = وسط البلد (بلا إحداثيات)
map-description = خريطة مسار { $name }: { $names }{ $n ->
        [0] {""}
       *[other] {" "}و{ $n } أخرى
    }
map-description-no-stops = لا محطات
map-description-none = خريطة المسار: لم تُحدَّد محطة

## رسائل شريط الحالة وطبقة الإفلات
notice-exported = { $n ->
    [one] صُدِّرت محطة واحدة بصيغة { $what } إلى { $path }
    [two] صُدِّرت محطتان بصيغة { $what } إلى { $path }
    [few] صُدِّرت { $count } محطات بصيغة { $what } إلى { $path }
    [many] صُدِّرت { $count } محطةً بصيغة { $what } إلى { $path }
   *[other] صُدِّرت { $count } محطة بصيغة { $what } إلى { $path }
}
notice-workspace-saved = حُفظت مساحة العمل باسم { $path }
notice-workspace-opened = فُتحت مساحة العمل { $path }
notice-opening-cancelled = { $n ->
    [0] أُلغي الفتح.
    [one] أُلغي الفتح: لم يُفتح ملف واحد.
    [two] أُلغي الفتح: لم يُفتح ملفان.
    [few] أُلغي الفتح: لم تُفتح { $count } ملفات.
    [many] أُلغي الفتح: لم يُفتح { $count } ملفًا.
   *[other] أُلغي الفتح: لم يُفتح { $count } ملف.
}
notice-select-sentence = حدِّد جملة الزيارة في المقال أولًا.
notice-selection-empty = التحديد فارغ.
editor-unapplied = { $n ->
    [one] تصحيح واحد لم يعد ينطبق:
    [two] تصحيحان لم يعودا ينطبقان:
    [few] { $count } تصحيحات لم تعد تنطبق:
    [many] { $count } تصحيحًا لم يعد ينطبق:
   *[other] { $count } تصحيح لم يعد ينطبق:
}
drop-overlay = { $n ->
    [one] أفلِت لفتح هذا الملف أو المجلد
    [two] أفلِت لفتح هذين الملفين أو المجلدين
   *[other] أفلِت لفتح هذه الملفات أو المجلدات ({ $count })
}
timeline-trip-n = الجولة { $n }
timeline-trip = جولة
map-about = بلا تاريخ — في { $what } أو نحوه
map-between = بلا تاريخ — بين { $from } و{ $to } (حسب ترتيب الجولة)
map-position = الموقع
map-country-centre-of = وسط { $name } (لا إحداثيات للمحطة)
map-position-unknown = غير معروف
map-leg-of-trip = المحطة { $n } من جولتها
map-click-to-select = انقر للتحديد

## رسائل تُبنى خارج اللوحات: الملفات والمجلدات، ملاحظة المجلد، حقول المحطة
file-error = { $file }: { $reason }
file-read-failed = تعذّر على جولة قراءة هذا الملف
file-not-regular = ليس ملفًا عاديًا ({ $kind })؛ لم يُقرأ
file-kind-folder = مجلد
file-kind-fifo = أنبوب مسمّى
file-kind-char-device = جهاز محرفي
file-kind-block-device = جهاز كتلي
file-kind-socket = مقبس
file-kind-special = ملف خاص
file-too-large = حجم الملف { $size } ميغابايت، وهو فوق الحد المسموح به للمقال ({ $limit } ميغابايت). لتغيير الحد اضبط { $env } أو { $flag }
file-not-found = تتعذّر قراءة الملف (لا يوجد ملف بهذا الاسم)
file-permission-denied = تتعذّر قراءة الملف (الإذن مرفوض)
file-io-error = تتعذّر قراءة الملف ({ $reason })
file-empty = الملف فارغ
file-not-text = هذا ليس ملفًا نصيًا ({ $what })
file-bad-encoding = ترميز النص غير مقروء ({ $why })
folder-unreadable = { $folder }: تتعذّر قراءة المجلد ({ $reason })
folder-no-articles = { $folder }: لا ملفات مقالات (txt أو md أو html) في هذا المجلد
loader-stopped = { $path }: عامل فتح الملفات متوقف عن العمل
aside-other-types = { $n ->
    [one] { $folder }: استُبعد ملف واحد ليس من نوع txt أو md أو html
    [two] { $folder }: استُبعد ملفان ليسا من نوع txt أو md أو html
    [few] { $folder }: استُبعدت { $count } ملفات ليست من نوع txt أو md أو html
    [many] { $folder }: استُبعد { $count } ملفًا ليست من نوع txt أو md أو html
   *[other] { $folder }: استُبعد { $count } ملف ليست من نوع txt أو md أو html
}
aside-files = { $n ->
    [one] { $folder }: استُبعد ملف واحد: { $parts }
    [two] { $folder }: استُبعد ملفان: { $parts }
    [few] { $folder }: استُبعدت { $count } ملفات: { $parts }
    [many] { $folder }: استُبعد { $count } ملفًا: { $parts }
   *[other] { $folder }: استُبعد { $count } ملف: { $parts }
}
aside-part-other-types = { $count } ليست من نوع txt أو md أو html
aside-part-no-arabic = { $count } بلا نص عربي ({ $names })
notice-no-arabic = لا نص عربيًا في { $file }: لا يمكن العثور فيه على زيارات
notice-session-missing = تعذّر فتح بعض ملفات الجلسة؛ تبقى في القائمة باهتة (أعد المحاولة، أو حدِّد مكانها الحالي…).
field-error = { $field }: { $reason }
field-error-visitor-empty = اسم الزائر فارغ
field-error-person-empty = الاسم العربي لأحد الأشخاص فارغ
field-error-degrees = { $value } ليس عددًا من الدرجات
field-error-date = { $value } ليس تاريخًا بالصيغة { $form }
field-error-country = { $value } ليس رمز بلد من حرفين وفق ISO 3166-1
field-error-range = { $what } { $value } خارج المدى من { $min } إلى { $limit }
field-error-selection-empty = التحديد { $range } في { $path } فارغ
field-error-no-selection = لم يُحدَّد أي نص
field-note-not-in-gazetteer = { $city } غير موجودة في المعجم الجغرافي: لا إحداثيات للمحطة (اكتب خط العرض وخط الطول)

## عنوان النافذة
window-title = { $title } — جولة
window-title-empty = جولة

## محور الخط الزمني: أسماء الأشهر كما تكتبها الأخبار، وتسميات العلامات
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
axis-day = { $day } { $month }
axis-month = { $month } { $year }

## لماذا لم يعد التصحيح ينطبق
problem-not-found = لا محطة بالمفتاح { $key } (لم تعد تُستخرج، أو حُذفت أو دُمجت)
problem-same-leg = لا يمكن دمج المحطة { $key } مع نفسها
problem-nothing-to-split = المحطة { $key } غير مدمجة: لا شيء لفصله
problem-invalid = { $what }

## أخطاء مساحة العمل والحفظ التلقائي والتصدير (workspace::store، app/session.rs)
workspace-cannot-open = تعذّر فتح مساحة العمل { $path }: { $reason }
workspace-no-such-file = لا يوجد ملف بهذا الاسم
workspace-too-large = الملف أكبر من أن يكون مساحة عمل ({ $size } بايت، والحد { $limit })
workspace-too-deep = بيانات الملف متداخلة بأكثر من { $limit } مستوى، ولا تكون كذلك في مساحة عمل أبدًا
workspace-truncated = الملف مبتور (ينتهي في وسط البيانات)
workspace-not-json = الملف ليس JSON صالحًا (السطر { $line }، العمود { $column }: { $why })
workspace-not-a-workspace = الملف ليس مساحة عمل لجولة (ليس فيه "format": "{ $format }")
workspace-newer = كتب الملفَ إصدارٌ أحدث من جولة (إصدار مساحة العمل { $found }، وهذا الإصدار يقرأ حتى { $supported })، وقد تُرك دون تغيير
workspace-bad-version = ليس في مساحة العمل "version" صالح (عدد صحيح موجب)
workspace-invalid = في مساحة العمل بيانات غير صالحة (السطر { $line }، العمود { $column }: { $why })
workspace-kept-aside = { $problem }. حُفظ الملف جانبًا باسم { $path } وبدأت جولة بمساحة عمل فارغة.
workspace-not-saved-over = { $problem }. بدأت جولة بمساحة عمل فارغة ولن تحفظ فوق ذلك الملف؛ استخدم «حفظ مساحة العمل باسم…».
workspace-cannot-save = تعذّر حفظ مساحة العمل { $path }: { $reason } (الملف السابق لم يتغير)
autosave-no-folder = تعذّر حفظ مساحة العمل { $path }: تعذّر إنشاء مجلدها ({ $reason })
autosave-no-backup = تعذّر الاحتفاظ بنسخة احتياطية من مساحة العمل { $path }: { $reason }؛ الحفظ التلقائي متوقف
autosave-paused = { $problem }؛ الحفظ التلقائي متوقف
export-failed = { $path }: { $reason }
export-cannot-write = تعذّرت الكتابة في { $path }: { $reason }

## عناوين مربعات حوار الملفات ومرشّحاتها
dialog-open-folder = فتح مجلد مقالات
dialog-open-articles = فتح مقالات
dialog-articles-filter = مقالات (.txt .md .html .htm)
dialog-all-files = كل الملفات
dialog-locate = تحديد مكان { $file }
dialog-export = تصدير { $what }
dialog-save-workspace = حفظ مساحة العمل باسم
dialog-open-workspace = فتح مساحة عمل
dialog-workspace-filter = مساحة عمل جولة

## صيغ التصدير كما تسميها القوائم ومربعات الحوار (حسب Format::name)
format-json = JSON (جولة)
format-csv = CSV (Excel، LibreOffice)
format-md = ملخص Markdown
format-html = تقرير HTML (للطباعة إلى PDF)
format-timelinejs = TimelineJS3 JSON
format-geojson = GeoJSON (QGIS، kepler.gl)
format-ics = iCalendar (.ics)
format-svg = صورة SVG للخط الزمني
format-png = صورة PNG للخط الزمني
format-gexf = شبكة GEXF لمن التقى بمن (Gephi)
format-graphml = شبكة GraphML لمن التقى بمن (yEd، networkx)

## نافذة «إضافة زيارة»
add-visit-title = إضافة زيارة
add-visit-span = { $file } (المحارف { $from }–{ $to })

## شريط البحث في القارئ
find-hint = بحث (أ=ا، ة=ه، ى=ي)
find-searching = جارٍ البحث… { $count } حتى الآن
find-none = لا نتائج
find-position = { $current } / { $count }
find-previous = السابق
find-next = التالي
find-close = إغلاق
