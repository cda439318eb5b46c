<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Clear the words</source>
        <translation>امسح الكلمات</translation>
    </message>
</context>
<context>
    <name>BringScreen</name>
    <message>
        <source>What did you bring? Tap one.</source>
        <translation>ماذا أحضرت؟ اضغط على واحد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>كم عددها؟</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>كثير</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>لا شيء</numerusform>
            <numerusform>شيء واحد</numerusform>
            <numerusform>شيئان</numerusform>
            <numerusform>%n أشياء</numerusform>
            <numerusform>%n شيئًا</numerusform>
            <numerusform>%n شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>Put it on the table</source>
        <translation>ضعه على الطاولة</translation>
    </message>
    <message>
        <source>More about it, if you like (you can skip this):</source>
        <translation>تفاصيل أكثر إن أردت (يمكنك التخطي):</translation>
    </message>
    <message>
        <source>A few words, e.g. winter coats</source>
        <translation>مثلاً: معاطف شتوية</translation>
    </message>
    <message>
        <source>A few words about it (optional)</source>
        <translation>بضع كلمات عنه (اختياري)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>نباتي صرف</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <source>Eat today</source>
        <translation>يؤكل اليوم</translation>
    </message>
    <message>
        <source>Perishable — eat today</source>
        <translation>سريع التلف — يؤكل اليوم</translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation>المس ما يحتويه:</translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation>مسببات حساسية أخرى</translation>
    </message>
    <message>
        <source>Show the other allergens: sesame, fish, crustaceans, molluscs, celery, mustard, sulphites, lupin</source>
        <translation>اعرض مسببات الحساسية الأخرى: سمسم، سمك، قشريات، رخويات، كرفس، خردل، كبريتيتات، ترمس</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>A few words, e.g. hiking boots</source>
        <translation>مثلاً: أحذية مشي</translation>
    </message>
    <message>
        <source>A few words, e.g. children&apos;s books</source>
        <translation>مثلاً: كتب أطفال</translation>
    </message>
    <message>
        <source>A few words, e.g. a kettle</source>
        <translation>مثلاً: غلاية ماء</translation>
    </message>
    <message>
        <source>A few words, e.g. a lamp</source>
        <translation>مثلاً: مصباح</translation>
    </message>
    <message>
        <source>A few words, e.g. a puzzle</source>
        <translation>مثلاً: أحجية</translation>
    </message>
    <message>
        <source>A few words, e.g. a drill</source>
        <translation>مثلاً: مثقاب</translation>
    </message>
    <message>
        <source>A few words, e.g. a phone charger</source>
        <translation>مثلاً: شاحن هاتف</translation>
    </message>
    <message>
        <source>A few words, e.g. tomato seedlings</source>
        <translation>مثلاً: شتلات طماطم</translation>
    </message>
    <message>
        <source>A few words, e.g. toothpaste</source>
        <translation>مثلاً: معجون أسنان</translation>
    </message>
    <message>
        <source>A few words, e.g. vegetable soup</source>
        <translation>مثلاً: حساء خضار</translation>
    </message>
    <message>
        <source>A few words, e.g. rice</source>
        <translation>مثلاً: أرز</translation>
    </message>
    <message>
        <source>A few words about it</source>
        <translation>بضع كلمات عنه</translation>
    </message>
    <message>
        <source>%1 — is that right?</source>
        <translation>%1 — هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>نعم، %1</translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation>لا، غيّره</translation>
    </message>
    <message>
        <source>Vegan sandwiches</source>
        <translation>شطائر نباتية</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Search, e.g. shoes, vegan, books</source>
        <translation>ابحث، مثلاً: أحذية، نباتي، كتب</translation>
    </message>
    <message>
        <source>Search what&apos;s here</source>
        <translation>ابحث فيما هو موجود</translation>
    </message>
    <message>
        <source>I brought something</source>
        <translation>أحضرت شيئًا</translation>
    </message>
    <message>
        <source>Take one</source>
        <translation>خذ واحدًا</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>لم يبقَ شيء</translation>
    </message>
    <message>
        <source>This pile is used up: take it off the list</source>
        <translation>نفد هذا الكوم: أزله من القائمة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <source>Print a food label for it: what it is, eat by, Contains</source>
        <translation>اطبع ملصق طعام له: ما هو، يؤكل قبل، يحتوي على</translation>
    </message>
    <message>
        <source>Things on the table</source>
        <translation>أشياء على الطاولة</translation>
    </message>
    <message>
        <source>Show the kinds before these</source>
        <translation>اعرض الأنواع السابقة</translation>
    </message>
    <message>
        <source>Show more kinds</source>
        <translation>اعرض أنواعًا أكثر</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>يحتوي على:</translation>
    </message>
    <message>
        <source>All gone</source>
        <translation>نفد</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>كثير</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>لم يبقَ شيء</numerusform>
            <numerusform>بقي واحد</numerusform>
            <numerusform>بقي اثنان</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Just arrived</source>
        <translation>وصل للتو</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Show every kind, to choose one</source>
        <translation>اعرض كل الأنواع لاختيار واحد</translation>
    </message>
    <message>
        <source>Which kind of thing?</source>
        <translation>أي نوع من الأشياء؟</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Nothing matches “%1” right now. Try another word, or post what you&apos;re looking for.</source>
        <translation>لا شيء يطابق «%1» الآن. جرّب كلمة أخرى، أو انشر ما تبحث عنه.</translation>
    </message>
    <message>
        <source>Nothing of this kind on the table right now.</source>
        <translation>لا يوجد شيء من هذا النوع على الطاولة الآن.</translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something?</source>
        <translation>الطاولة فارغة الآن. هل تحضر شيئًا؟</translation>
    </message>
    <message>
        <source>You took one: %1</source>
        <translation>أخذت واحدًا: %1</translation>
    </message>
    <message>
        <source>None left: %1</source>
        <translation>لم يبقَ شيء: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>What we shared, by kind</source>
        <translation>ما تشاركناه، حسب النوع</translation>
    </message>
    <message>
        <source>Found a new home</source>
        <translation>وجدت بيتًا جديدًا</translation>
    </message>
    <message>
        <source>Still here now</source>
        <translation>ما زال هنا الآن</translation>
    </message>
    <message>
        <source>Still here at the end</source>
        <translation>ما زال هنا في النهاية</translation>
    </message>
    <message>
        <source>Over the day, every quarter hour</source>
        <translation>على مدار اليوم، كل ربع ساعة</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>أُخذ</translation>
    </message>
</context>
<context>
    <name>ClockScreen</name>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation>ضبط تاريخ هذا الكشك ووقته</translation>
    </message>
    <message>
        <source>This kiosk&apos;s date and time</source>
        <translation>تاريخ هذا الكشك ووقته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>يوم إلى الوراء</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>يوم إلى الأمام</translation>
    </message>
    <message>
        <source>An hour earlier</source>
        <translation>ساعة إلى الوراء</translation>
    </message>
    <message>
        <source>An hour later</source>
        <translation>ساعة إلى الأمام</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 دقيقة إلى الوراء</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 دقيقة إلى الأمام</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>ضبط الساعة</translation>
    </message>
    <message>
        <source>Keep this date and time</source>
        <translation>احفظ هذا التاريخ وهذا الوقت</translation>
    </message>
    <message>
        <source>Computer&apos;s clock</source>
        <translation>ساعة الحاسوب</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s own clock again</source>
        <translation>العودة إلى ساعة الحاسوب نفسه</translation>
    </message>
    <message>
        <source>The kiosk keeps its own time, in quarter hours, for everything it records: the computer&apos;s clock is not changed and no password is needed.</source>
        <translation>يحتفظ الكشك بوقته الخاص، بأرباع الساعة، لكل ما يسجله: لا تتغير ساعة الحاسوب ولا حاجة إلى كلمة مرور.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock now says %1.</source>
        <translation>ساعة الكشك تشير الآن إلى %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The computer&apos;s own clock says %1.</source>
        <translation>ساعة الحاسوب نفسه تشير إلى %1.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock looks wrong: earlier than what it has recorded, or days ahead. Please check the date and time and set them here.</source>
        <translation>يبدو أن ساعة هذا الكشك خاطئة: أبكر مما سجّله، أو متقدمة بأيام. يرجى التحقق من التاريخ والوقت وضبطهما هنا.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Market days</source>
        <translation>أيام السوق</translation>
    </message>
    <message>
        <source>Open or close a market, and see past ones</source>
        <translation>افتح سوقًا أو أغلقه، وشاهد الأسواق السابقة</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Close this market</source>
        <translation>أغلق هذا السوق</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Open a market</source>
        <translation>افتح سوقًا</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>يوم قبل</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>يوم بعد</translation>
    </message>
    <message>
        <source>Open the market</source>
        <translation>افتح السوق</translation>
    </message>
    <message>
        <source>This kiosk holds the demo market. It is no part of any real market: the next market opened leaves it behind, or remove it now.</source>
        <translation>يحتوي هذا الكشك على سوق العرض التجريبي. ليس جزءًا من أي سوق حقيقي: السوق التالي الذي يُفتح يتركه خلفه، أو احذفه الآن.</translation>
    </message>
    <message>
        <source>Remove the demo</source>
        <translation>حذف العرض التجريبي</translation>
    </message>
    <message>
        <source>Past markets</source>
        <translation>الأسواق السابقة</translation>
    </message>
    <message>
        <source>None yet. Closed markets show here with their summaries.</source>
        <translation>لا شيء بعد. تظهر الأسواق المغلقة هنا مع ملخصاتها.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>لا شيء على الطاولة</numerusform>
            <numerusform>شيء واحد على الطاولة</numerusform>
            <numerusform>شيئان على الطاولة</numerusform>
            <numerusform>%n أشياء على الطاولة</numerusform>
            <numerusform>%n شيئًا على الطاولة</numerusform>
            <numerusform>%n شيء على الطاولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrying over %n thing(s) kept from the last market…</source>
        <translation>
            <numerusform>لا شيء محفوظ من السوق السابق يعود إلى الطاولة…</numerusform>
            <numerusform>يعود إلى الطاولة شيء واحد محفوظ من السوق السابق…</numerusform>
            <numerusform>يعود إلى الطاولة شيئان محفوظان من السوق السابق…</numerusform>
            <numerusform>تعود إلى الطاولة %n أشياء محفوظة من السوق السابق…</numerusform>
            <numerusform>يعود إلى الطاولة %n شيئًا محفوظًا من السوق السابق…</numerusform>
            <numerusform>يعود إلى الطاولة %n شيء محفوظ من السوق السابق…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) shared</source>
        <translation>
            <numerusform>لم يُتشارك شيء</numerusform>
            <numerusform>شيء واحد تُشورك</numerusform>
            <numerusform>شيئان تُشوركا</numerusform>
            <numerusform>%n أشياء تُشوركت</numerusform>
            <numerusform>%n شيئًا تُشورك</numerusform>
            <numerusform>%n شيء تُشورك</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete details</source>
        <translation>احذف التفاصيل</translation>
    </message>
    <message>
        <source>Delete the details of %1</source>
        <translation>احذف تفاصيل %1</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>المجاميع فقط</translation>
    </message>
    <message>
        <source>The market is open. Welcome, everyone!</source>
        <translation>السوق مفتوح. أهلًا بالجميع!</translation>
    </message>
    <message>
        <source>Close this market? What happens to what is left on the table? Things kept for next time are back on the table when the next market opens (food to eat today is not). Contacts people wrote on skill offers are erased now.</source>
        <translation>إغلاق هذا السوق؟ ماذا يحدث لما تبقّى على الطاولة؟ ما يُحفظ للمرة القادمة يعود إلى الطاولة عند فتح السوق التالي (إلا الطعام الذي يؤكل اليوم). وتُمحى الآن وسائل التواصل المكتوبة على عروض المهارات.</translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation>يُحفظ للمرة القادمة</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>يُسلَّم لجهة أخرى</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>The market is closed. Here is what we shared together.</source>
        <translation>أُغلق السوق. هذا ما تشاركناه معًا.</translation>
    </message>
    <message>
        <source>Remove the demo market and everything in it? Nothing real is touched.</source>
        <translation>حذف سوق العرض التجريبي وكل ما فيه؟ لا يُمَسّ شيء حقيقي.</translation>
    </message>
    <message>
        <source>The demo is gone. Open the real market when you are ready.</source>
        <translation>حُذف العرض التجريبي. افتحوا السوق الحقيقي عندما تكونون مستعدين.</translation>
    </message>
    <message>
        <source>Delete the details of the market on %1? Only its totals per kind stay; the timeline and the list of leftovers go for good. Export it first if you need them.</source>
        <translation>حذف تفاصيل سوق %1؟ تبقى مجاميعه حسب النوع فقط؛ ويُحذف الخط الزمني وقائمة ما تبقّى نهائيًا. صدّره أولًا إن كنت تحتاجه.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>احتفظ</translation>
    </message>
    <message>
        <source>Done: only the totals of that market are kept.</source>
        <translation>تم: لم يُحفظ من ذلك السوق إلا المجاميع.</translation>
    </message>
</context>
<context>
    <name>EveryPage</name>
    <message>
        <source>Every page</source>
        <translation>كل الصفحات</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>الصفحات كما ستُطبع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print these pages</source>
        <translation>طباعة هذه الصفحات</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Closer</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>The pages bigger, to read them</source>
        <translation>الصفحات أكبر، لقراءتها</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>FoodLabelsScreen</name>
    <message>
        <source>Food labels</source>
        <translation>ملصقات الطعام</translation>
    </message>
    <message>
        <source>Labels for shared food: what it is, its dates and what it contains</source>
        <translation>ملصقات للطعام المشترك: ما هو، وتواريخه، وما يحتويه</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>What is it? Type it, or tap a kind of food:</source>
        <translation>ما هو؟ اكتبه أو المس نوع الطعام:</translation>
    </message>
    <message>
        <source>e.g. Lentil soup</source>
        <translation>مثلًا: شوربة عدس</translation>
    </message>
    <message>
        <source>What is it</source>
        <translation>ما هو</translation>
    </message>
    <message>
        <source>Ingredients (you can skip this):</source>
        <translation>المكونات (يمكنك تخطي هذا):</translation>
    </message>
    <message>
        <source>e.g. lentils, onion, carrot</source>
        <translation>مثلًا: عدس، بصل، جزر</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>المكونات</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>حُضّر في</translation>
    </message>
    <message>
        <source>Rescued on</source>
        <translation>أُنقذ في</translation>
    </message>
    <message>
        <source>Eat by (at most 7 days later):</source>
        <translation>يؤكل قبل (بعد 7 أيام على الأكثر):</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>يوم قبل</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>يوم بعد</translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation>المس ما يحتويه:</translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation>مسببات حساسية أخرى</translation>
    </message>
    <message>
        <source>How many labels?</source>
        <translation>كم ملصقًا؟</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Brother QL, 62 mm tape</source>
        <translation>Brother QL، شريط 62 مم</translation>
    </message>
    <message>
        <source>DYMO 99012, 36 × 89 mm</source>
        <translation>DYMO 99012، ‏36 × 89 مم</translation>
    </message>
    <message>
        <source>A4 sheet of 21 (Avery L7160)</source>
        <translation>ورقة A4 من 21 (Avery L7160)</translation>
    </message>
    <message>
        <source>Letter sheet of 30 (Avery 5160)</source>
        <translation>ورقة Letter من 30 (Avery 5160)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>احفظ كملف PDF</translation>
    </message>
    <message numerus="yes">
        <source>These labels fill %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>لا صفحات لهذه الملصقات.</numerusform>
            <numerusform>تملأ هذه الملصقات صفحة واحدة: اخترها.</numerusform>
            <numerusform>تملأ هذه الملصقات صفحتين: اختر منهما.</numerusform>
            <numerusform>تملأ هذه الملصقات %n صفحات: اختر صفحات منها.</numerusform>
            <numerusform>تملأ هذه الملصقات %n صفحة: اختر صفحات منها.</numerusform>
            <numerusform>تملأ هذه الملصقات %n صفحة: اختر صفحات منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the labels. Is it switched on and connected?</source>
        <translation>لم تقبل الطابعة الملصقات. هل هي مشغّلة وموصولة؟</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to the printer.</source>
        <translation>
            <numerusform>لم يُرسل أي ملصق إلى الطابعة.</numerusform>
            <numerusform>أُرسل ملصق واحد إلى الطابعة.</numerusform>
            <numerusform>أُرسل ملصقان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n ملصقات إلى الطابعة.</numerusform>
            <numerusform>أُرسل %n ملصقًا إلى الطابعة.</numerusform>
            <numerusform>أُرسل %n ملصق إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation>الملصقات السابقة ما زالت في طريقها إلى الطابعة. يُرجى الانتظار حتى تُرسَل.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the labels are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation>الطابعة لا تردّ بعد، لذا ما زالت الملصقات تنتظر الإرسال. قد تُطبع لاحقًا عندما تردّ: يُرجى التحقق من الطابعة قبل الطباعة مرة أخرى.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation>تعذّر حفظ ملف PDF في %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) as %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي ملصق في %1.</numerusform>
            <numerusform>حُفظ ملصق واحد في %1.</numerusform>
            <numerusform>حُفظ ملصقان في %1.</numerusform>
            <numerusform>حُفظت %n ملصقات في %1.</numerusform>
            <numerusform>حُفظ %n ملصقًا في %1.</numerusform>
            <numerusform>حُفظ %n ملصق في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringScreen</name>
    <message>
        <source>Skills share</source>
        <translation>تبادل المهارات</translation>
    </message>
    <message>
        <source>Set the skills share&apos;s day, time and place</source>
        <translation>حدّد يوم لقاء تبادل المهارات ووقته ومكانه</translation>
    </message>
    <message>
        <source>The skills share</source>
        <translation>لقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name of the skills share</source>
        <translation>اسم لقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>أسبوع قبل</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>أسبوع بعد</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>أبكر</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>أبعد</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 أبكر</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 أبعد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Place of the skills share</source>
        <translation>مكان لقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>ملاحظة قصيرة (اختياري)</translation>
    </message>
    <message>
        <source>e.g. bring a snack to share</source>
        <translation>مثلاً: أحضر وجبة خفيفة للمشاركة</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Calendar code of the skills share</source>
        <translation>رمز التقويم للقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Save to make the calendar code.</source>
        <translation>احفظ لإنشاء رمز التقويم.</translation>
    </message>
    <message>
        <source>A phone that reads this code offers to add the skills share to its calendar.</source>
        <translation>الهاتف الذي يقرأ هذا الرمز يعرض إضافة اللقاء إلى تقويمه.</translation>
    </message>
    <message>
        <source>Not saved yet: save to update the code.</source>
        <translation>لم يُحفظ بعد: احفظ لتحديث الرمز.</translation>
    </message>
    <message>
        <source>Saved. Skill codes and cards now show this day and place.</source>
        <translation>حُفظ. تعرض رموز المهارات وبطاقاتها الآن هذا اليوم وهذا المكان.</translation>
    </message>
    <message>
        <source>Bring something to fix or a snack to share.</source>
        <translation>أحضر شيئًا لإصلاحه أو وجبة خفيفة للمشاركة.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>I brought something</source>
        <translation>أحضرت شيئًا</translation>
    </message>
    <message>
        <source>List what you brought for others</source>
        <translation>سجّل ما أحضرته للآخرين</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>شاهد ما هو موجود</translation>
    </message>
    <message>
        <source>Everything on the table now, free to take</source>
        <translation>كل ما على الطاولة الآن، مجانًا</translation>
    </message>
    <message>
        <source>I&apos;m looking for…</source>
        <translation>أبحث عن…</translation>
    </message>
    <message>
        <source>Ask the table for something you need</source>
        <translation>اطلب من الطاولة شيئًا تحتاجه</translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation>تبادل المهارات</translation>
    </message>
    <message>
        <source>Offer a skill or see what people can teach</source>
        <translation>اعرض مهارة أو شاهد ما يمكن للناس تعليمه</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Bigger words, black on white</source>
        <translation>كلمات أكبر، أسود على أبيض</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>The kiosk says what is on the screen</source>
        <translation>الكشك يقول ما على الشاشة</translation>
    </message>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation>كل شيء هنا مجاني. خذ ما تحتاجه، وأحضر ما تستطيع. لا أحد يحسب.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table right now</source>
        <translation>
            <numerusform>لا شيء على الطاولة الآن</numerusform>
            <numerusform>شيء واحد على الطاولة الآن</numerusform>
            <numerusform>شيئان على الطاولة الآن</numerusform>
            <numerusform>%n أشياء على الطاولة الآن</numerusform>
            <numerusform>%n شيئًا على الطاولة الآن</numerusform>
            <numerusform>%n شيء على الطاولة الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is waiting for its first things</source>
        <translation>الطاولة تنتظر أول الأشياء</translation>
    </message>
</context>
<context>
    <name>IdleTime</name>
    <message numerus="yes">
        <source>Still there? In %n second(s) the kiosk goes back to the start. Touch anywhere to keep going.</source>
        <translation>
            <numerusform>هل ما زلت هنا؟ يعود الكشك إلى البداية الآن. المس أي مكان للمتابعة.</numerusform>
            <numerusform>هل ما زلت هنا؟ بعد ثانية واحدة يعود الكشك إلى البداية. المس أي مكان للمتابعة.</numerusform>
            <numerusform>هل ما زلت هنا؟ بعد ثانيتين يعود الكشك إلى البداية. المس أي مكان للمتابعة.</numerusform>
            <numerusform>هل ما زلت هنا؟ بعد %n ثوانٍ يعود الكشك إلى البداية. المس أي مكان للمتابعة.</numerusform>
            <numerusform>هل ما زلت هنا؟ بعد %n ثانية يعود الكشك إلى البداية. المس أي مكان للمتابعة.</numerusform>
            <numerusform>هل ما زلت هنا؟ بعد %n ثانية يعود الكشك إلى البداية. المس أي مكان للمتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Free Market</source>
        <translation>السوق المجاني</translation>
    </message>
</context>
<context>
    <name>KiosksScreen</name>
    <message>
        <source>Several kiosks</source>
        <translation>عدة أكشاك</translation>
    </message>
    <message>
        <source>Share one market between several kiosks</source>
        <translation>مشاركة سوق واحد بين عدة أكشاك</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>أضف كشكًا</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation>انسخ إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>Copy from USB stick</source>
        <translation>انسخ من ذاكرة USB</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>ضبط الساعة</translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation>ضبط تاريخ هذا الكشك ووقته</translation>
    </message>
    <message>
        <source>Kiosks heard from</source>
        <translation>أكشاك وصلت أخبارها</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>أوقف</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>شغّل</translation>
    </message>
    <message>
        <source>Off: this kiosk keeps its own table. Turn it on to share one market with the other kiosks here (over the local network, no internet).</source>
        <translation>متوقف: يحتفظ هذا الكشك بطاولته الخاصة. شغّله لمشاركة سوق واحد مع الأكشاك الأخرى هنا (عبر الشبكة المحلية، دون إنترنت).</translation>
    </message>
    <message>
        <source>On: starting up, one moment…</source>
        <translation>مُفعَّل: جارٍ التشغيل، لحظة من فضلك…</translation>
    </message>
    <message numerus="yes">
        <source>On: %n kiosk(s) paired</source>
        <translation>
            <numerusform>يعمل: لا أكشاك مقترنة</numerusform>
            <numerusform>يعمل: كشك واحد مقترن</numerusform>
            <numerusform>يعمل: كشكان مقترنان</numerusform>
            <numerusform>يعمل: %n أكشاك مقترنة</numerusform>
            <numerusform>يعمل: %n كشكًا مقترنًا</numerusform>
            <numerusform>يعمل: %n كشك مقترن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected now</source>
        <translation>
            <numerusform>لا شيء متصل الآن</numerusform>
            <numerusform>واحد متصل الآن</numerusform>
            <numerusform>اثنان متصلان الآن</numerusform>
            <numerusform>%n متصلة الآن</numerusform>
            <numerusform>%n متصلًا الآن</numerusform>
            <numerusform>%n متصل الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is Kiosk %1.</source>
        <translation>هذا الكشك هو الكشك %1.</translation>
    </message>
    <message>
        <source>Kiosk %1: last heard %2</source>
        <translation>الكشك %1: آخر خبر %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <source>Several kiosks is off. This kiosk keeps everything it holds.</source>
        <translation>خاصية عدة أكشاك متوقفة. يحتفظ هذا الكشك بكل ما فيه.</translation>
    </message>
    <message>
        <source>Several kiosks is on. Tap “Add a kiosk” to pair another kiosk nearby.</source>
        <translation>خاصية عدة أكشاك تعمل. اضغط «أضف كشكًا» لإقران كشك آخر قريب.</translation>
    </message>
    <message>
        <source>Tap the other kiosk. On it, open Several kiosks too. Both screens show the same code.</source>
        <translation>اضغط على الكشك الآخر. وافتح عليه أيضًا عدة أكشاك. تعرض الشاشتان الرمز نفسه.</translation>
    </message>
    <message>
        <source>No other kiosk heard yet. Turn on Several kiosks on the other kiosk, then tap “Add a kiosk” again.</source>
        <translation>لم يصل خبر من أي كشك آخر بعد. شغّل عدة أكشاك على الكشك الآخر، ثم اضغط «أضف كشكًا» مرة أخرى.</translation>
    </message>
    <message>
        <source>Kiosk %1 · code %2</source>
        <translation>الكشك %1 · الرمز %2</translation>
    </message>
    <message>
        <source>Does the other kiosk show the code %1? Confirm on both kiosks.</source>
        <translation>هل يعرض الكشك الآخر الرمز %1؟ أكّد على الكشكين كليهما.</translation>
    </message>
    <message>
        <source>Same code: pair</source>
        <translation>الرمز نفسه: أقرِن</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Now confirm on the other kiosk too. This kiosk says when both have.</source>
        <translation>أكّد الآن على الكشك الآخر أيضًا. سيخبرك هذا الكشك عندما يؤكّد كلاهما.</translation>
    </message>
    <message>
        <source>Paired. What is listed at either kiosk now shows at both.</source>
        <translation>تم الإقران. ما يُسجَّل في أي من الكشكين يظهر الآن في كليهما.</translation>
    </message>
    <message>
        <source>Stop sharing with the other kiosks? Everything this kiosk holds stays here.</source>
        <translation>إيقاف المشاركة مع الأكشاك الأخرى؟ كل ما في هذا الكشك يبقى هنا.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>ابقَ</translation>
    </message>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation>صِل ذاكرة USB أولًا من فضلك.</translation>
    </message>
    <message>
        <source>The USB stick is full. Make room on it, then copy again.</source>
        <translation>ذاكرة USB ممتلئة. أفرغ بعض المساحة فيها، ثم انسخ مرة أخرى.</translation>
    </message>
    <message>
        <source>The USB stick could not be read or written; was it pulled out? Plug it in again, then copy again.</source>
        <translation>تعذّرت قراءة ذاكرة USB أو الكتابة عليها؛ هل نُزعت؟ أعد توصيلها، ثم انسخ مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n journal file(s) to the stick.</source>
        <translation>
            <numerusform>لم يُنسخ أي ملف سجل إلى الذاكرة.</numerusform>
            <numerusform>نُسخ ملف سجل واحد إلى الذاكرة.</numerusform>
            <numerusform>نُسخ ملفا سجل إلى الذاكرة.</numerusform>
            <numerusform>نُسخت %n ملفات سجل إلى الذاكرة.</numerusform>
            <numerusform>نُسخ %n ملفًا للسجل إلى الذاكرة.</numerusform>
            <numerusform>نُسخ %n ملف سجل إلى الذاكرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded in %n new change(s) from the stick.</source>
        <translation>
            <numerusform>لم يُدمج أي تغيير جديد من الذاكرة.</numerusform>
            <numerusform>دُمج تغيير جديد واحد من الذاكرة.</numerusform>
            <numerusform>دُمج تغييران جديدان من الذاكرة.</numerusform>
            <numerusform>دُمجت %n تغييرات جديدة من الذاكرة.</numerusform>
            <numerusform>دُمج %n تغييرًا جديدًا من الذاكرة.</numerusform>
            <numerusform>دُمج %n تغيير جديد من الذاكرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketForm</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name of the market</source>
        <translation>اسم السوق</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Place of the market</source>
        <translation>مكان السوق</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Meals served</source>
        <translation>الوجبات المقدَّمة</translation>
    </message>
    <message>
        <source>The serving table&apos;s plate counter</source>
        <translation>عدّاد الأطباق لطاولة التقديم</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>+1 plate</source>
        <translation>+1 طبق</translation>
    </message>
    <message>
        <source>+5 plates</source>
        <translation>+5 أطباق</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Take back the last tap</source>
        <translation>تراجع عن آخر لمسة</translation>
    </message>
    <message>
        <source>Only the number of plates is kept, per quarter hour: nothing about who ate.</source>
        <translation>يُحفظ عدد الأطباق فقط، لكل ربع ساعة: لا شيء عمّن أكل.</translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) today</source>
        <translation>
            <numerusform>لا أطباق اليوم</numerusform>
            <numerusform>طبق واحد اليوم</numerusform>
            <numerusform>طبقان اليوم</numerusform>
            <numerusform>%n أطباق اليوم</numerusform>
            <numerusform>%n طبقًا اليوم</numerusform>
            <numerusform>%n طبق اليوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Still open from an earlier day, so closed now: %1. What was left is kept for next time, and every contact on its skill offers is erased.</source>
        <translation>كان لا يزال مفتوحًا منذ يوم سابق، فأُغلق الآن: %1. ما تبقى محفوظ للمرة القادمة، وكل وسائل الاتصال في عروض المهارات مُسحت.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly last time and was started again. What it was doing when it stopped is kept in %1, beside its data file, for whoever looks after it.</source>
        <translation>توقّف الكشك فجأة في المرة الماضية ثم أُعيد تشغيله. ما كان يفعله عند توقّفه محفوظ في %1، بجانب ملف بياناته، لمن يعتني به.</translation>
    </message>
    <message>
        <source>Sorry — something went wrong. The kiosk is still working; please try again.</source>
        <translation>عذرًا — حدث خطأ. ما زال الكشك يعمل؛ حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1, and the backup from %2 was put in its place: what happened after %2 is missing.</source>
        <translation>كان ملف بيانات الكشك تالفًا. حُفظ جانبًا باسم %1، ووُضعت مكانه النسخة الاحتياطية من %2: ما حدث بعد %2 مفقود.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1 and a fresh one was started.</source>
        <translation>كان ملف بيانات الكشك تالفًا. حُفظ جانبًا باسم %1 وبُدئ ملف جديد.</translation>
    </message>
    <message>
        <source>This kiosk is new. Fill it with a demo market to try it out? (Stewards can start a real market any time.)</source>
        <translation>هذا الكشك جديد. هل تملؤه بسوق تجريبي لتجربته؟ (يمكن للمتطوعين بدء سوق حقيقي في أي وقت.)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب العرض التجريبي</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>ابدأ فارغًا</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Erase</source>
        <translation>امسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>No steward PIN has been set on this kiosk yet.</source>
        <translation>لم يُضبط رمز المتطوعين على هذا الكشك بعد.</translation>
    </message>
    <message>
        <source>Whoever looks after this kiosk sets it on its computer, with this command:
%1</source>
        <translation>من يعتني بهذا الكشك يضبطه على حاسوبه بهذا الأمر:
%1</translation>
    </message>
    <message>
        <source>Stewards: type the PIN to leave the kiosk</source>
        <translation>المتطوعون: اكتبوا الرمز للخروج من الكشك</translation>
    </message>
    <message>
        <source>Stewards: type the PIN</source>
        <translation>المتطوعون: اكتبوا الرمز</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>لم يُكتب أي رقم</numerusform>
            <numerusform>كُتب رقم واحد</numerusform>
            <numerusform>كُتب رقمان</numerusform>
            <numerusform>كُتبت %n أرقام</numerusform>
            <numerusform>كُتب %n رقمًا</numerusform>
            <numerusform>كُتب %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>هذا الرمز غير صحيح. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The pad opens again in %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. تُفتح اللوحة من جديد الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. تُفتح اللوحة من جديد بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. تُفتح اللوحة من جديد بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. تُفتح اللوحة من جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. تُفتح اللوحة من جديد بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. تُفتح اللوحة من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>The on-screen keyboard does not work on this Wayland desktop: install XWayland (the xwayland package) and start the kiosk again, or start it with QT_QPA_PLATFORM=xcb.</source>
        <translation>لوحة المفاتيح على الشاشة لا تعمل على سطح مكتب Wayland هذا: ثبّت XWayland (الحزمة xwayland) وأعد تشغيل الكشك، أو شغّله مع QT_QPA_PLATFORM=xcb.</translation>
    </message>
</context>
<context>
    <name>PrinterLink</name>
    <message>
        <source>Finding the printer…</source>
        <translation>جارٍ البحث عن الطابعة…</translation>
    </message>
    <message>
        <source>The printer has not answered yet</source>
        <translation>لم تردّ الطابعة بعد</translation>
    </message>
    <message>
        <source>Looking for the printer</source>
        <translation>جارٍ البحث عن الطابعة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>اطبع…</translation>
    </message>
    <message>
        <source>On the printer %1</source>
        <translation>على الطابعة %1</translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation>اختر طابعة</translation>
    </message>
    <message>
        <source>The printer has not answered yet. Please check that it is switched on, then try again.</source>
        <translation>لم تستجب الطابعة بعد. تأكد من أنها مشغّلة، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ProblemWindow</name>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full, so nothing can be saved: what is on the table can be looked at, but not changed. Stewards: make room on it, then start the kiosk again.</source>
        <translation>مساحة التخزين التي تحوي ملف بيانات الكشك ممتلئة، فلا يمكن حفظ أي شيء: يمكن رؤية ما على الطاولة، لكن لا يمكن تغييره. المتطوعون: أفرغوا بعض المساحة فيها، ثم شغّلوا الكشك من جديد.</translation>
    </message>
    <message>
        <source>The kiosk cannot use its data file at %1.</source>
        <translation>لا يستطيع الكشك استخدام ملف بياناته في %1.</translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation>الطاولة المشتركة</translation>
    </message>
    <message>
        <source>Stewards: the data file is %1. Check that its folder can be written, then start the kiosk again.</source>
        <translation>المتطوعون: ملف البيانات هو %1. تأكدوا من إمكانية الكتابة في مجلده، ثم شغّلوا الكشك من جديد.</translation>
    </message>
    <message>
        <source>Stewards: another Commons Table window is already open on %1. Use that one, or quit it first.</source>
        <translation>أيها المتطوعون: هناك نافذة أخرى لـ Commons Table مفتوحة على %1. استخدموها، أو أغلقوها أولًا.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>The PIN cannot be read from the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation>لا يمكن قراءة الرمز من ملف البيانات، لذا لا يمكن إغلاق هذه الشاشة هنا. أيها المتطوعون: أوقفوا الكشك من طرفية الحاسوب.</translation>
    </message>
    <message>
        <source>No steward PIN is set in the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation>لا يوجد رمز للمتطوعين في ملف البيانات، لذا لا يمكن إغلاق هذه الشاشة هنا. أيها المتطوعون: أوقفوا الكشك من طرفية الحاسوب.</translation>
    </message>
    <message>
        <source>Stewards: type the PIN to close this screen.</source>
        <translation>أيها المتطوعون: اكتبوا الرمز لإغلاق هذه الشاشة.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation>معًا تشاركنا %1 من %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>لا شيء</numerusform>
            <numerusform>شيء واحد</numerusform>
            <numerusform>شيئان</numerusform>
            <numerusform>%n أشياء</numerusform>
            <numerusform>%n شيئًا</numerusform>
            <numerusform>%n شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>لا أنواع</numerusform>
            <numerusform>نوع واحد</numerusform>
            <numerusform>نوعين</numerusform>
            <numerusform>%n أنواع</numerusform>
            <numerusform>%n نوعًا</numerusform>
            <numerusform>%n نوع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found a new home; %2 are still here now.</source>
        <translation>%1 وجدت بيتًا جديدًا؛ و%2 ما زالت هنا الآن.</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 were still here at the end.</source>
        <translation>%1 وجدت بيتًا جديدًا؛ و%2 بقيت هنا في النهاية.</translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation>أكوام أكبر من أن تُعدّ ما زالت هنا: %1.</translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation>طلبات منشورة: %1، وُجد منها: %2. مهارات معروضة: %3.</translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate from average weights).</source>
        <translation>نحو %1 كغ أُنقذت من القمامة (تقدير تقريبي من متوسط الأوزان).</translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation>الوجبات المقدَّمة: %1.</translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation>الطعام المُنقَذ: %1 كغ موزونة، %2 قطعة معدودة (كما سُجّل، دون تقدير).</translation>
    </message>
    <message numerus="yes">
        <source>%n pile(s)</source>
        <translation>
            <numerusform>لا أكوام</numerusform>
            <numerusform>كوم واحد</numerusform>
            <numerusform>كومان</numerusform>
            <numerusform>%n أكوام</numerusform>
            <numerusform>%n كومًا</numerusform>
            <numerusform>%n كوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Commons Table · what we shared together</source>
        <translation>الطاولة المشتركة · ما تشاركناه معًا</translation>
    </message>
    <message>
        <source>Free market</source>
        <translation>سوق مجاني</translation>
    </message>
    <message>
        <source>Nobody keeps score: these are the table&apos;s totals, never anyone&apos;s own.</source>
        <translation>لا أحد يحسب: هذه مجاميع الطاولة، وليست لأي شخص بعينه.</translation>
    </message>
    <message>
        <source>The day in numbers</source>
        <translation>اليوم بالأرقام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>أُحضر</translation>
    </message>
    <message>
        <source>Found a home</source>
        <translation>وجد بيتًا</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>ما زال هنا</translation>
    </message>
    <message>
        <source>Piles</source>
        <translation>أكوام</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>طلبات</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>وُجد</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>كغ</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>كغ للواحدة</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>معًا</translation>
    </message>
    <message>
        <source> * changed by a steward.</source>
        <translation> * غيّره أحد المنظّمين.</translation>
    </message>
    <message>
        <source>“Piles” are heaps too big to count; each thing taken from one counts as brought and taken. kg: things taken × an average weight per kind, which stewards can change.</source>
        <translation>«الأكوام» أكبر من أن تُعدّ؛ كل شيء يؤخذ من كوم يُحسب مُحضرًا ومأخوذًا. كغ: الأشياء المأخوذة × متوسط وزن لكل نوع، يمكن للمتطوعين تغييره.</translation>
    </message>
    <message>
        <source>kg each: the weight used for one thing; the starting weights are the Commons Table project&apos;s own round guesses, not measurements (docs/export.md says how each was chosen).</source>
        <translation>كغ للواحدة: الوزن المستخدم لشيء واحد؛ الأوزان الأولية تقديرات تقريبية من مشروع Commons Table نفسه، لا قياسات (يشرح docs/export.md كيف اختير كل منها).</translation>
    </message>
    <message>
        <source>The details of this market were deleted after export; only the totals are kept.</source>
        <translation>حُذفت تفاصيل هذا السوق بعد التصدير؛ ولم يُحفظ إلا المجاميع.</translation>
    </message>
    <message>
        <source>Food rescued from</source>
        <translation>طعام مُنقَذ من</translation>
    </message>
    <message>
        <source>kg weighed</source>
        <translation>كغ موزونة</translation>
    </message>
    <message>
        <source>pieces counted</source>
        <translation>قطع معدودة</translation>
    </message>
    <message>
        <source>Leftovers hand-off sheet</source>
        <translation>ورقة تسليم ما تبقّى</translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation>يُحفظ للمرة القادمة</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>سُلِّم لجهة أخرى</translation>
    </message>
    <message>
        <source>What happens to what is left: %1</source>
        <translation>مصير ما تبقّى: %1</translation>
    </message>
    <message>
        <source>Nothing was left on the table.</source>
        <translation>لم يبقَ شيء على الطاولة.</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>كثير</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>RescuedScreen</name>
    <message>
        <source>Food rescued</source>
        <translation>الطعام المُنقَذ</translation>
    </message>
    <message>
        <source>Record food that came in, by weight or count</source>
        <translation>سجّل الطعام الذي وصل، بالوزن أو بالعدد</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Where did it come from?</source>
        <translation>من أين جاء؟</translation>
    </message>
    <message>
        <source>Weighed (kg)</source>
        <translation>موزون (كغ)</translation>
    </message>
    <message>
        <source>Counted (pieces)</source>
        <translation>معدود (قطع)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>احذف آخر رقم</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>الفاصلة العشرية</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>أضف</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Take back the last one added</source>
        <translation>تراجع عن آخر إضافة</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 كغ</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>لا قطع</numerusform>
            <numerusform>قطعة واحدة</numerusform>
            <numerusform>قطعتان</numerusform>
            <numerusform>%n قطع</numerusform>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>Nothing recorded today yet.</source>
        <translation>لم يُسجَّل شيء اليوم بعد.</translation>
    </message>
</context>
<context>
    <name>SetupCopy</name>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation>يُرجى توصيل ذاكرة USB أولًا.</translation>
    </message>
    <message>
        <source>The USB stick could not be used (%1). Please try again, or another stick.</source>
        <translation>تعذّر استخدام ذاكرة USB (%1). يُرجى المحاولة مرة أخرى، أو بذاكرة أخرى.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup is on the stick, as %1. Another kiosk uses it with “Use a setup from a USB stick”.</source>
        <translation>إعدادات هذا الكشك على الذاكرة باسم %1. يستخدمها كشك آخر عبر «استخدام إعدادات من ذاكرة USB».</translation>
    </message>
    <message>
        <source>Use the setup on the USB stick? Its welcome words, kinds and languages of the signs, weights, idle time and skills share replace this kiosk&apos;s. Markets and the PIN stay as they are.</source>
        <translation>استخدام الإعدادات الموجودة على ذاكرة USB؟ كلمات الترحيب وأنواع اللافتات ولغاتها والأوزان ومهلة الخمول ولقاء تبادل المهارات فيها تحلّ محلّ ما في هذا الكشك. تبقى الأسواق ورمز PIN كما هي.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>استخدمها</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>This kiosk now uses the setup from the stick.</source>
        <translation>يستخدم هذا الكشك الآن الإعدادات من الذاكرة.</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation>كل شيء هنا مجاني. خذ ما تحتاجه، وأحضر ما تستطيع. لا أحد يحسب.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>لا شيء على الطاولة</numerusform>
            <numerusform>شيء واحد على الطاولة</numerusform>
            <numerusform>شيئان على الطاولة</numerusform>
            <numerusform>%n أشياء على الطاولة</numerusform>
            <numerusform>%n شيئًا على الطاولة</numerusform>
            <numerusform>%n شيء على الطاولة</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Free to take</source>
        <translation>مجاني، تفضّل</translation>
    </message>
    <message>
        <source>fold here</source>
        <translation>اطوِ هنا</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>كثير</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>At %1 — take what you need</source>
        <translation>في %1 — خذ ما تحتاجه</translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something!</source>
        <translation>الطاولة فارغة الآن. أحضر شيئًا!</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>موجود الآن</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>مقاس %1</translation>
    </message>
    <message>
        <source>Nobody is looking for anything right now.</source>
        <translation>لا أحد يبحث عن شيء الآن.</translation>
    </message>
    <message>
        <source>Someone at the market is looking for these. Have one? Bring it to the table.</source>
        <translation>شخص ما في السوق يبحث عن هذه الأشياء. لديك واحد منها؟ أحضره إلى الطاولة.</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Welcome sign</source>
        <translation>لافتة الترحيب</translation>
    </message>
    <message>
        <source>Category signs</source>
        <translation>لافتات الأنواع</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>بطاقات طاولة مطوية</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>متى: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>للتواصل: %1</translation>
    </message>
    <message>
        <source>(Too long for a code.)</source>
        <translation>(أطول من أن يتسع له رمز.)</translation>
    </message>
    <message>
        <source>Scan with a phone — no internet needed</source>
        <translation>امسحه بالهاتف — لا حاجة للإنترنت</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet.</source>
        <translation>لم يعرض أحد مهارة بعد.</translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation>لقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Day and place to be announced</source>
        <translation>سيُعلن اليوم والمكان لاحقًا</translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation>مهارات معروضة</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Offer yours at the kiosk!</source>
        <translation>لم يعرض أحد مهارة بعد. اعرض مهارتك في الكشك!</translation>
    </message>
    <message>
        <source>Scan to add it to your calendar</source>
        <translation>امسح الرمز لإضافته إلى تقويمك</translation>
    </message>
    <message>
        <source>Skill cards</source>
        <translation>بطاقات المهارات</translation>
    </message>
    <message>
        <source>Skills-share poster</source>
        <translation>ملصق لقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>حُضّر في %1</translation>
    </message>
    <message>
        <source>Rescued on %1</source>
        <translation>أُنقذ في %1</translation>
    </message>
    <message>
        <source>Eat by %1</source>
        <translation>يؤكل قبل %1</translation>
    </message>
    <message>
        <source>Eat by: see the pack</source>
        <translation>يؤكل قبل: انظر العبوة</translation>
    </message>
    <message>
        <source>Allergens not marked: please ask</source>
        <translation>مسببات الحساسية غير محددة: يُرجى السؤال</translation>
    </message>
    <message>
        <source>Ingredients: %1</source>
        <translation>المكونات: %1</translation>
    </message>
    <message>
        <source>No food on the table right now.</source>
        <translation>لا يوجد طعام على الطاولة الآن.</translation>
    </message>
</context>
<context>
    <name>SignsScreen</name>
    <message>
        <source>Print signs</source>
        <translation>اطبع اللافتات</translation>
    </message>
    <message>
        <source>Signs for the tables, on paper or as a PDF</source>
        <translation>لافتات للطاولات، على الورق أو بصيغة PDF</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>ماذا تطبع</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Which categories</source>
        <translation>أي الأنواع</translation>
    </message>
    <message>
        <source>Those on the table</source>
        <translation>الموجودة على الطاولة</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>اختر</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>Languages (one or two; the first chosen is the biggest)</source>
        <translation>اللغات (واحدة أو اثنتان؛ الأولى المختارة هي الأكبر)</translation>
    </message>
    <message>
        <source>Words on the welcome sign</source>
        <translation>كلمات لافتة الترحيب</translation>
    </message>
    <message>
        <source>Welcome words in %1</source>
        <translation>كلمات الترحيب بـ%1</translation>
    </message>
    <message>
        <source>Save words</source>
        <translation>احفظ الكلمات</translation>
    </message>
    <message>
        <source>Usual words</source>
        <translation>الكلمات المعتادة</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>A preview of every page</source>
        <translation>معاينة لكل صفحة</translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation>الطابعات…</translation>
    </message>
    <message>
        <source>Another printer or paper</source>
        <translation>طابعة أو ورق آخر</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>احفظ PDF</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>معاينة الصفحة الأولى</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The welcome sign shows the new words.</source>
        <translation>حُفظ. تعرض لافتة الترحيب الكلمات الجديدة.</translation>
    </message>
    <message>
        <source>Commons Table signs</source>
        <translation>لافتات الطاولة المشتركة</translation>
    </message>
    <message>
        <source>The pages from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation>الصفحات السابقة ما زالت في طريقها إلى الطابعة. يُرجى الانتظار حتى تُرسَل.</translation>
    </message>
    <message numerus="yes">
        <source>These signs have %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>لا صفحات في هذه اللافتات.</numerusform>
            <numerusform>لهذه اللافتات صفحة واحدة: اخترها.</numerusform>
            <numerusform>لهذه اللافتات صفحتان: اختر منهما.</numerusform>
            <numerusform>لهذه اللافتات %n صفحات: اختر صفحات منها.</numerusform>
            <numerusform>لهذه اللافتات %n صفحة: اختر صفحات منها.</numerusform>
            <numerusform>لهذه اللافتات %n صفحة: اختر صفحات منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the pages are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation>الطابعة لا تردّ بعد، لذا ما زالت الصفحات تنتظر الإرسال. قد تُطبع لاحقًا عندما تردّ: يُرجى التحقق من الطابعة قبل الطباعة مرة أخرى.</translation>
    </message>
    <message>
        <source>The printer did not take the pages. Is it switched on and connected?</source>
        <translation>لم تستلم الطابعة الصفحات. هل هي مشغّلة وموصولة؟</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file. Please use Print.</source>
        <translation>بطاقات المهارات تحمل وسائل اتصال الناس، لذا تُطبع فقط ولا تُحفظ أبدًا كملف. استخدم «اطبع» من فضلك.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation>تعذّر حفظ ملف PDF في %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) on the USB drive as %1.</source>
        <translation>
            <numerusform>لم تُحفظ أي صفحة على ذاكرة USB.</numerusform>
            <numerusform>حُفظت صفحة واحدة على ذاكرة USB باسم %1.</numerusform>
            <numerusform>حُفظت صفحتان على ذاكرة USB باسم %1.</numerusform>
            <numerusform>حُفظت %n صفحات على ذاكرة USB باسم %1.</numerusform>
            <numerusform>حُفظت %n صفحة على ذاكرة USB باسم %1.</numerusform>
            <numerusform>حُفظت %n صفحة على ذاكرة USB باسم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as %1 (no USB drive is plugged in).</source>
        <translation>
            <numerusform>لم تُحفظ أي صفحة (لا توجد ذاكرة USB موصولة).</numerusform>
            <numerusform>حُفظت صفحة واحدة باسم %1 (لا توجد ذاكرة USB موصولة).</numerusform>
            <numerusform>حُفظت صفحتان باسم %1 (لا توجد ذاكرة USB موصولة).</numerusform>
            <numerusform>حُفظت %n صفحات باسم %1 (لا توجد ذاكرة USB موصولة).</numerusform>
            <numerusform>حُفظت %n صفحة باسم %1 (لا توجد ذاكرة USB موصولة).</numerusform>
            <numerusform>حُفظت %n صفحة باسم %1 (لا توجد ذاكرة USB موصولة).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillOfferScreen</name>
    <message>
        <source>Bike repair</source>
        <translation>تصليح الدراجات</translation>
    </message>
    <message>
        <source>Sewing and mending</source>
        <translation>خياطة ورتق</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>طبخ</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>إسعافات أولية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>لغات</translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation>حواسيب وهواتف</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>بستنة</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>موسيقى</translation>
    </message>
    <message>
        <source>Tax forms</source>
        <translation>استمارات الضرائب</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Haircuts</source>
        <translation>قص الشعر</translation>
    </message>
    <message>
        <source>Fixing things</source>
        <translation>تصليح الأشياء</translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation>اعرض مهارة</translation>
    </message>
    <message>
        <source>What can you share? Type it, or tap one:</source>
        <translation>ماذا يمكنك أن تشارك؟ اكتبه، أو اضغط على واحد:</translation>
    </message>
    <message>
        <source>e.g. bike repair</source>
        <translation>مثلاً: تصليح الدراجات</translation>
    </message>
    <message>
        <source>The skill you can share</source>
        <translation>المهارة التي يمكنك مشاركتها</translation>
    </message>
    <message>
        <source>A few words about it (optional):</source>
        <translation>بضع كلمات عنها (اختياري):</translation>
    </message>
    <message>
        <source>e.g. bring your bike, I&apos;ll show you how to fix a flat</source>
        <translation>مثلاً: أحضر دراجتك وسأريك كيف تصلح إطارًا مثقوبًا</translation>
    </message>
    <message>
        <source>A few words about the skill (optional)</source>
        <translation>بضع كلمات عن المهارة (اختياري)</translation>
    </message>
    <message>
        <source>When could you share it?</source>
        <translation>متى يمكنك مشاركتها؟</translation>
    </message>
    <message>
        <source>A way to reach you (optional):</source>
        <translation>وسيلة للتواصل معك (اختياري):</translation>
    </message>
    <message>
        <source>a name, a Signal handle, a phone…</source>
        <translation>اسم، أو معرّف Signal، أو هاتف…</translation>
    </message>
    <message>
        <source>A way to reach you (optional)</source>
        <translation>وسيلة للتواصل معك (اختياري)</translation>
    </message>
    <message>
        <source>It is only put on your card and its code, never shown in any list, and forgotten when this market closes.</source>
        <translation>يوضع فقط على بطاقتك ورمزها، ولا يظهر في أي قائمة، ويُنسى عند إغلاق هذا السوق.</translation>
    </message>
    <message>
        <source>Forget it right after printing</source>
        <translation>انسَه مباشرة بعد الطباعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Save and show my code</source>
        <translation>احفظ واعرض رمزي</translation>
    </message>
    <message>
        <source>Bring your bike; I&apos;ll show you how to fix a flat</source>
        <translation>أحضر دراجتك؛ وسأريك كيف تصلح إطارًا مثقوبًا</translation>
    </message>
</context>
<context>
    <name>SkillQrScreen</name>
    <message>
        <source>Thank you! Here is your offer&apos;s code:</source>
        <translation>شكرًا! هذا رمز عرضك:</translation>
    </message>
    <message>
        <source>This offer is no longer here.</source>
        <translation>هذا العرض لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The code for %1</source>
        <translation>رمز %1</translation>
    </message>
    <message>
        <source>Skills share: %1</source>
        <translation>لقاء تبادل المهارات: %1</translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read.</source>
        <translation>هذا العرض أطول من رمز يستطيع الهاتف قراءته.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words, when, and the skills share&apos;s day and place. No internet needed.</source>
        <translation>وجّه كاميرا هاتفك نحو الرمز: فيه المهارة والكلمات والوقت، ويوم لقاء تبادل المهارات ومكانه. لا حاجة للإنترنت.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words and when. No internet needed.</source>
        <translation>وجّه كاميرا هاتفك نحو الرمز: فيه المهارة والكلمات والوقت. لا حاجة للإنترنت.</translation>
    </message>
    <message>
        <source>The words were shortened to fit the code.</source>
        <translation>اختُصرت الكلمات لتتسع في الرمز.</translation>
    </message>
    <message>
        <source>Your code also holds your contact, for your phone only. The list shows your offer without it; your printed card at the skills share carries it.</source>
        <translation>رمزك يحمل أيضًا وسيلة التواصل معك، لهاتفك فقط. القائمة تعرض عرضك من دونها؛ وبطاقتك المطبوعة في لقاء تبادل المهارات تحملها.</translation>
    </message>
    <message>
        <source>To reach this person: their contact is on their printed card at the skills share.</source>
        <translation>للتواصل مع هذا الشخص: وسيلة التواصل معه على بطاقته المطبوعة في لقاء تبادل المهارات.</translation>
    </message>
    <message>
        <source>To reach this person, meet them at the skills share.</source>
        <translation>للتواصل مع هذا الشخص، قابله في لقاء تبادل المهارات.</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>كل المهارات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>SkillsScreen</name>
    <message>
        <source>weekday evenings</source>
        <translation>أمسيات أيام الأسبوع</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>عطلات نهاية الأسبوع</translation>
    </message>
    <message>
        <source>at the skills-share</source>
        <translation>في لقاء تبادل المهارات</translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation>مهارات معروضة</translation>
    </message>
    <message>
        <source>Tap one to see its code — your phone&apos;s camera reads it, no internet needed.</source>
        <translation>اضغط على واحدة لترى رمزها — تقرؤه كاميرا هاتفك دون إنترنت.</translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation>اعرض مهارة</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Be the first!</source>
        <translation>لم يعرض أحد مهارة بعد. كن الأول!</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>Reading aloud is on.</source>
        <translation>القراءة بصوت عالٍ مفعّلة.</translation>
    </message>
    <message>
        <source>%1. You can choose: %2.</source>
        <translation>%1. يمكنك أن تختار: %2.</translation>
    </message>
    <message>
        <source>Welcome! Everything here is free.</source>
        <translation>أهلًا وسهلًا! كل شيء هنا مجاني.</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>شاهد ما هنا</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>StewardScreen</name>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>هذا السوق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Go back to the start after this long without a touch</source>
        <translation>العودة إلى البداية بعد هذه المدة دون لمس</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>أقصر</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>أطول</translation>
    </message>
    <message>
        <source>Quit kiosk</source>
        <translation>أغلق الكشك</translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup</source>
        <translation>إعدادات هذا الكشك</translation>
    </message>
    <message>
        <source>Welcome words, kinds and languages of the signs, weights, idle time and skills share, in one small file for the collective&apos;s other kiosks: never the PIN, never a market.</source>
        <translation>كلمات الترحيب وأنواع اللافتات ولغاتها والأوزان ومهلة الخمول ولقاء تبادل المهارات، في ملف صغير لأكشاك المجموعة الأخرى: لا رمز PIN أبدًا، ولا سوق أبدًا.</translation>
    </message>
    <message>
        <source>Copy this kiosk&apos;s setup to a USB stick</source>
        <translation>نسخ الإعدادات إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>Use a setup from a USB stick</source>
        <translation>استخدام إعدادات من ذاكرة USB</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>لا ثوانٍ</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the kiosk? Visitors will not be able to use it until it is started again.</source>
        <translation>إغلاق الكشك؟ لن يتمكن الزوار من استخدامه حتى يُشغّل من جديد.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>ابقَ</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Summary &amp; export</source>
        <translation>الملخص والتصدير</translation>
    </message>
    <message>
        <source>What we shared together, and files to take home</source>
        <translation>ما تشاركناه معًا، وملفات لأخذها</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Market days</source>
        <translation>أيام السوق</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Weights for the kg estimate</source>
        <translation>الأوزان لتقدير الكيلوغرامات</translation>
    </message>
    <message>
        <source>Average kilograms of one thing of each kind. Things taken × weight gives a rough “kept out of the bin” figure. The starting numbers are round guesses; change them to suit your table.</source>
        <translation>متوسط وزن الشيء الواحد من كل نوع بالكيلوغرام. الأشياء المأخوذة × الوزن تعطي رقمًا تقريبيًا لما «أُنقذ من القمامة». الأرقام الأولية تخمينات؛ غيّرها بما يناسب طاولتك.</translation>
    </message>
    <message>
        <source>* changed by a steward.</source>
        <translation>* غيّره أحد المنظّمين.</translation>
    </message>
    <message>
        <source>Export: pick where, then what</source>
        <translation>التصدير: اختر المكان، ثم النوع</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>جدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>بيانات (JSON)</translation>
    </message>
    <message>
        <source>No market yet</source>
        <translation>لا يوجد سوق بعد</translation>
    </message>
    <message>
        <source>Open a market in “Market days”; its summary shows here.</source>
        <translation>افتح سوقًا من «أيام السوق»؛ يظهر ملخصه هنا.</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation>معًا تشاركنا %1 من %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>لا شيء</numerusform>
            <numerusform>شيء واحد</numerusform>
            <numerusform>شيئان</numerusform>
            <numerusform>%n أشياء</numerusform>
            <numerusform>%n شيئًا</numerusform>
            <numerusform>%n شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>لا أنواع</numerusform>
            <numerusform>نوع واحد</numerusform>
            <numerusform>نوعين</numerusform>
            <numerusform>%n أنواع</numerusform>
            <numerusform>%n نوعًا</numerusform>
            <numerusform>%n نوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation>الوجبات المقدَّمة: %1.</translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation>الطعام المُنقَذ: %1 كغ موزونة، %2 قطعة معدودة (كما سُجّل، دون تقدير).</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here now.</source>
        <translation>%1 وجدت بيتًا جديدًا؛ و%2 ما زالت هنا الآن.</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here at the end.</source>
        <translation>%1 وجدت بيتًا جديدًا؛ و%2 ما زالت هنا في النهاية.</translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation>أكوام أكبر من أن تُعدّ ما زالت هنا: %1.</translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation>طلبات منشورة: %1، وُجد منها: %2. مهارات معروضة: %3.</translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate).</source>
        <translation>نحو %1 كغ أُنقذت من القمامة (تقدير تقريبي).</translation>
    </message>
    <message>
        <source>The details were deleted after export; only the totals are kept.</source>
        <translation>حُذفت التفاصيل بعد التصدير؛ ولم يُحفظ إلا المجاميع.</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 كغ</translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation>أخف</translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation>أثقل</translation>
    </message>
    <message>
        <source>Lighter: %1</source>
        <translation>أخف: %1</translation>
    </message>
    <message>
        <source>Heavier: %1</source>
        <translation>أثقل: %1</translation>
    </message>
    <message>
        <source>This kiosk (exports folder)</source>
        <translation>هذا الكشك (مجلد التصدير)</translation>
    </message>
    <message>
        <source>Please pick where to save first.</source>
        <translation>اختر أولًا مكان الحفظ من فضلك.</translation>
    </message>
    <message>
        <source>That folder cannot be written to. Pick another place.</source>
        <translation>لا يمكن الكتابة في هذا المجلد. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>حُفظ %1 في %2.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you — it&apos;s on the table!</source>
        <translation>شكرًا — إنه على الطاولة!</translation>
    </message>
    <message>
        <source>Bring more</source>
        <translation>أحضر المزيد</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>شاهد ما هو موجود</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Lots of %1</source>
        <translation>الكثير من %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) looking for %1 — tell the table!</source>
        <translation>
            <numerusform>لا أحد يبحث عن %1</numerusform>
            <numerusform>شخص واحد يبحث عن %1 — أخبر الطاولة!</numerusform>
            <numerusform>شخصان يبحثان عن %1 — أخبر الطاولة!</numerusform>
            <numerusform>%n أشخاص يبحثون عن %1 — أخبر الطاولة!</numerusform>
            <numerusform>%n شخصًا يبحثون عن %1 — أخبر الطاولة!</numerusform>
            <numerusform>%n شخص يبحثون عن %1 — أخبر الطاولة!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WantedScreen</name>
    <message>
        <source>What are you looking for? Tap one.</source>
        <translation>عمّ تبحث؟ اضغط على واحد.</translation>
    </message>
    <message>
        <source>People are looking for:</source>
        <translation>يبحث الناس عن:</translation>
    </message>
    <message>
        <source>Nobody has asked for anything yet.</source>
        <translation>لم يطلب أحد شيئًا بعد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Add a few words or a size if you like — or just post it.</source>
        <translation>أضف بضع كلمات أو مقاسًا إن أردت — أو انشره كما هو.</translation>
    </message>
    <message>
        <source>e.g. winter boots, a kettle</source>
        <translation>مثلاً: أحذية شتوية، غلاية</translation>
    </message>
    <message>
        <source>What exactly (optional)</source>
        <translation>ما هو بالضبط (اختياري)</translation>
    </message>
    <message>
        <source>Post: I&apos;m looking for this</source>
        <translation>انشر: أبحث عن هذا</translation>
    </message>
    <message>
        <source>What people are looking for</source>
        <translation>ما يبحث عنه الناس</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>مقاس %1</translation>
    </message>
    <message numerus="yes">
        <source>%n on the table now</source>
        <translation>
            <numerusform>لا شيء على الطاولة الآن</numerusform>
            <numerusform>واحد على الطاولة الآن</numerusform>
            <numerusform>اثنان على الطاولة الآن</numerusform>
            <numerusform>%n على الطاولة الآن</numerusform>
            <numerusform>%n على الطاولة الآن</numerusform>
            <numerusform>%n على الطاولة الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Found it</source>
        <translation>وجدته</translation>
    </message>
    <message>
        <source>What people want (%1)</source>
        <translation>ما يريده الناس (%1)</translation>
    </message>
    <message>
        <source>Looking for: %1</source>
        <translation>أبحث عن: %1</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>أطفال</translation>
    </message>
    <message numerus="yes">
        <source>Posted. Good news: %n of these are on the table right now — have a look!</source>
        <translation>
            <numerusform>نُشر.</numerusform>
            <numerusform>نُشر. خبر سار: يوجد واحد منها على الطاولة الآن — ألقِ نظرة!</numerusform>
            <numerusform>نُشر. خبر سار: يوجد اثنان منها على الطاولة الآن — ألقِ نظرة!</numerusform>
            <numerusform>نُشر. خبر سار: يوجد %n منها على الطاولة الآن — ألقِ نظرة!</numerusform>
            <numerusform>نُشر. خبر سار: يوجد %n منها على الطاولة الآن — ألقِ نظرة!</numerusform>
            <numerusform>نُشر. خبر سار: يوجد %n منها على الطاولة الآن — ألقِ نظرة!</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>اعرضها</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Posted: %1. When someone brings one, the kiosk will tell them you&apos;re looking.</source>
        <translation>نُشر: %1. عندما يحضر أحدهم واحدًا، سيخبره الكشك أنك تبحث عنه.</translation>
    </message>
    <message>
        <source>Marked found: %1</source>
        <translation>عُلّم كموجود: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>غيّر اللغة</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation>الطاولة المشتركة</translation>
    </message>
    <message>
        <source>This is a demo, for trying the kiosk out: nothing here counts.</source>
        <translation>هذا عرض تجريبي لتجربة الكشك: لا شيء هنا يُحتسب.</translation>
    </message>
    <message>
        <source>Everything here is free</source>
        <translation>كل شيء هنا مجاني</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>الرمز يتكون من أرقام فقط.</translation>
    </message>
    <message>
        <source>Please choose {fewest} to {most} digits.</source>
        <translation>اختر من {fewest} إلى {most} أرقام.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage is full, so this was not saved. Please tell a steward.</source>
        <translation>ذاكرة الكشك ممتلئة، لذلك لم يُحفظ هذا. أخبر أحد المتطوعين من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data file, so this was not saved. Please tell a steward.</source>
        <translation>لا يستطيع الكشك الكتابة في ملف بياناته، لذلك لم يُحفظ هذا. أخبر أحد المتطوعين من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged, so this was not saved. Please tell a steward.</source>
        <translation>ملف بيانات الكشك تالف، لذلك لم يُحفظ هذا. أخبر أحد المتطوعين من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk is busy for a moment — please try again.</source>
        <translation>الكشك مشغول للحظة — حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk could not reach its data file, so this was not saved. Please tell a steward.</source>
        <translation>تعذّر على الكشك الوصول إلى ملف بياناته، لذلك لم يُحفظ هذا. أخبر أحد المتطوعين من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was deleted or replaced while the kiosk ran, so this was not saved. Everything saved before is kept in {kept}. Please tell a steward: start the kiosk again.</source>
        <translation>حُذف ملف بيانات الكشك أو استُبدل أثناء عمله، لذا لم يُحفظ هذا. كل ما حُفظ قبل ذلك محفوظ في {kept}. يُرجى إخبار أحد المتطوعين: يجب تشغيل الكشك من جديد.</translation>
    </message>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full.</source>
        <translation>وحدة التخزين التي تحوي ملف بيانات الكشك ممتلئة.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file cannot be written to.</source>
        <translation>لا يمكن الكتابة في ملف بيانات الكشك.</translation>
    </message>
    <message>
        <source>Another program is using the kiosk&apos;s data file.</source>
        <translation>برنامج آخر يستخدم ملف بيانات الكشك.</translation>
    </message>
    <message>
        <source>The kiosk cannot read its data file.</source>
        <translation>لا يستطيع الكشك قراءة ملف بياناته.</translation>
    </message>
    <message>
        <source>{path} is not a Commons Table data file, so it was left as it is.</source>
        <translation>{path} ليس ملف بيانات لـ Commons Table، لذا تُرك كما هو.</translation>
    </message>
    <message>
        <source>{path} is empty, not a Commons Table data file.</source>
        <translation>{path} فارغ، وليس ملف بيانات لـ Commons Table.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} مجلد، وليس ملف بيانات.</translation>
    </message>
    <message>
        <source>This data file was written by a newer Commons Table (data version {version}, this app knows up to {known}); please update the app.</source>
        <translation>كُتب ملف البيانات هذا بإصدار أحدث من الطاولة المشتركة (إصدار البيانات {version}، وهذا التطبيق يعرف حتى {known})؛ حدّث التطبيق من فضلك.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged.</source>
        <translation>ملف بيانات الكشك تالف.</translation>
    </message>
    <message>
        <source>Please choose one of the kinds of things on the screen.</source>
        <translation>اختر أحد أنواع الأشياء على الشاشة من فضلك.</translation>
    </message>
    <message>
        <source>There is no event number {number}.</source>
        <translation>لا يوجد سوق رقم {number}.</translation>
    </message>
    <message>
        <source>That item is no longer on the table.</source>
        <translation>هذا الشيء لم يعد على الطاولة.</translation>
    </message>
    <message>
        <source>Please choose one of the choices on the screen.</source>
        <translation>اختر أحد الخيارات على الشاشة من فضلك.</translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation>اسم السوق</translation>
    </message>
    <message>
        <source>{what} should look like 14:30.</source>
        <translation>{what} يجب أن يكون بالشكل 14:30.</translation>
    </message>
    <message>
        <source>{what} should be on the quarter hour.</source>
        <translation>{what} يجب أن يكون على ربع ساعة (:00 أو :15 أو :30 أو :45).</translation>
    </message>
    <message>
        <source>The gathering&apos;s name</source>
        <translation>اسم اللقاء</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>The date should look like 2026-12-12.</source>
        <translation>يجب أن يكون التاريخ بالشكل 2026-12-12.</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>وقت البداية</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>وقت النهاية</translation>
    </message>
    <message>
        <source>The gathering should end after it starts.</source>
        <translation>يجب أن ينتهي اللقاء بعد أن يبدأ.</translation>
    </message>
    <message>
        <source>The name, place and note together are too long for a calendar code a phone can read. Please shorten the note.</source>
        <translation>الاسم والمكان والملاحظة معًا أطول من رمز تقويم يستطيع الهاتف قراءته. اختصر الملاحظة من فضلك.</translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read from a card. Please shorten the skill&apos;s name or the contact.</source>
        <translation>هذا العرض أطول من رمز يستطيع الهاتف قراءته من بطاقة. اختصر اسم المهارة أو وسيلة التواصل من فضلك.</translation>
    </message>
    <message>
        <source>The date should look like 2026-11-28.</source>
        <translation>يجب أن يكون التاريخ بالشكل 2026-11-28.</translation>
    </message>
    <message>
        <source>One of the marks is not one the table knows.</source>
        <translation>أحد الرموز غير معروف للطاولة.</translation>
    </message>
    <message>
        <source>Food marks only go on food.</source>
        <translation>رموز الطعام للطعام فقط.</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <source>Please pick a size from the buttons.</source>
        <translation>اختر مقاسًا من الأزرار من فضلك.</translation>
    </message>
    <message>
        <source>The clock can be set in whole quarter hours, up to a little over a year either way.</source>
        <translation>تُضبط الساعة بأرباع ساعة كاملة، حتى ما يزيد قليلًا على سنة إلى الوراء أو إلى الأمام.</translation>
    </message>
    <message>
        <source>That one is all gone — sorry!</source>
        <translation>نفد هذا — عذرًا!</translation>
    </message>
    <message>
        <source>Only a pile of “lots” can be marked all gone.</source>
        <translation>يمكن تعليم كوم «كثير» فقط على أنه نفد.</translation>
    </message>
    <message>
        <source>Please pick when from the buttons.</source>
        <translation>اختر الوقت من الأزرار من فضلك.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Please choose what happens to what is left.</source>
        <translation>اختر مصير ما تبقّى من فضلك.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock says {now}, earlier than the newest record in its data file ({newest}). Please set it: Stewards → Clock.</source>
        <translation>ساعة هذا الكشك تشير إلى {now}، وهو وقت أسبق من أحدث سجل في ملف بياناته ({newest}). يُرجى ضبطها: المتطوعون ← الساعة.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock jumped from {newest} to {now} while a market day is open. If that is wrong, please set it: Stewards → Clock.</source>
        <translation>قفزت ساعة هذا الكشك من {newest} إلى {now} بينما يوم السوق مفتوح. إن كان ذلك خطأً فيُرجى ضبطها: المتطوعون ← الساعة.</translation>
    </message>
    <message>
        <source>{what} should be words, not a number or a list.</source>
        <translation>{what}: يجب أن يكون كلمات، لا رقمًا ولا قائمة.</translation>
    </message>
    <message>
        <source>{what} is empty — please write a few words.</source>
        <translation>{what} فارغ — اكتب بضع كلمات من فضلك.</translation>
    </message>
    <message>
        <source>{what} is too long: {count} characters, {limit} at most. Please shorten it.</source>
        <translation>{what} طويل جدًا: {count} حرفًا، والحد الأقصى {limit}. اختصره من فضلك.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>How many? Please choose a number from 1 to 999, or “lots”.</source>
        <translation>كم العدد؟ اختر رقمًا من 1 إلى 999، أو «كثير».</translation>
    </message>
    <message>
        <source>How many? Please use a whole number.</source>
        <translation>كم العدد؟ استخدم عددًا صحيحًا من فضلك.</translation>
    </message>
    <message>
        <source>How many? Please choose at least 1, or “lots”.</source>
        <translation>كم العدد؟ اختر 1 على الأقل، أو «كثير».</translation>
    </message>
    <message>
        <source>{count} is more than the table can count — choose up to {most}, or “lots”.</source>
        <translation>{count} أكثر مما تستطيع الطاولة عدّه — اختر حتى {most}، أو «كثير».</translation>
    </message>
    <message>
        <source>That is no longer here.</source>
        <translation>لم يعد هذا هنا.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>أجب بنعم أو لا من فضلك.</translation>
    </message>
    <message>
        <source>That setting cannot be kept.</source>
        <translation>لا يمكن حفظ هذا الإعداد.</translation>
    </message>
    <message>
        <source>Food labels print on {papers}, not &apos;{paper}&apos;.</source>
        <translation>تُطبع ملصقات الطعام على {papers}، لا على &apos;{paper}&apos;.</translation>
    </message>
    <message>
        <source>No PIN was typed, so nothing was changed.</source>
        <translation>لم يُكتب أي رمز PIN، فلم يتغير شيء.</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>توقف؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>That PIN is easy to guess (a digit repeated, a run like 1234, a year or another common one): anyone poking the pad may find it. Six digits that are not a date or a pattern are much safer.</source>
        <translation>من السهل تخمين رمز PIN هذا (رقم مكرر، أو تسلسل مثل 1234، أو سنة، أو رمز شائع آخر): قد يجده أي شخص يعبث بلوحة الأرقام. ستة أرقام ليست تاريخًا ولا نمطًا أكثر أمانًا بكثير.</translation>
    </message>
    <message>
        <source>Keep it anyway? Type yes to keep it: </source>
        <translation>الاحتفاظ به رغم ذلك؟ اكتب نعم للاحتفاظ به: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>New steward PIN (4 to 8 digits): </source>
        <translation>رمز المتطوعين الجديد (من 4 إلى 8 أرقام): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>الرمز نفسه مرة أخرى: </translation>
    </message>
    <message>
        <source>The stewards&apos; PIN for {db} is set.</source>
        <translation>ضُبط رمز المتطوعين لـ {db}.</translation>
    </message>
    <message>
        <source>Nothing was changed; please run set-pin again and choose another PIN, six digits if you can.</source>
        <translation>لم يتغير شيء؛ يُرجى تشغيل set-pin مرة أخرى واختيار رمز PIN آخر، من ستة أرقام إن أمكن.</translation>
    </message>
    <message>
        <source>The two PINs were different, so nothing was changed.</source>
        <translation>رمزا PIN مختلفان، فلم يتغير شيء.</translation>
    </message>
    <message>
        <source>Wrote this kiosk&apos;s setup to {path}.</source>
        <translation>كُتبت إعدادات هذا الكشك في {path}.</translation>
    </message>
    <message>
        <source>This kiosk now uses the setup in {path}.</source>
        <translation>يستخدم هذا الكشك الآن الإعدادات الموجودة في {path}.</translation>
    </message>
    <message>
        <source>There is no data file at {path}.</source>
        <translation>لا يوجد ملف بيانات في {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ليس ملفًا.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read.</source>
        <translation>لا يمكن قراءة ملف البيانات {path}.</translation>
    </message>
    <message>
        <source>{path} is the data file itself; please write to another file, so nothing is overwritten.</source>
        <translation>{path} هو ملف البيانات نفسه؛ اكتب في ملف آخر من فضلك حتى لا يُكتب فوق شيء.</translation>
    </message>
    <message>
        <source>{path} is part of the data file {db}; please write to another file, so nothing is overwritten.</source>
        <translation>{path} جزء من ملف البيانات {db}؛ اكتب في ملف آخر من فضلك حتى لا يُكتب فوق شيء.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file name this command can use; please give a plain path.</source>
        <translation>«{path}» ليس اسم ملف يمكن لهذا الأمر استخدامه؛ يُرجى إعطاء مسار بسيط.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{name}&apos;; the commands are: {commands}.</source>
        <translation>أمر غير معروف «{name}»؛ الأوامر هي: {commands}.</translation>
    </message>
    <message>
        <source>{db} already holds markets; the demo only fills an empty data file, so nothing was added.</source>
        <translation>{db} يحتوي على أسواق بالفعل؛ العرض التجريبي يملأ ملفًا فارغًا فقط، لذلك لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Filled {db} with a demo market.</source>
        <translation>مُلئ {db} بسوق تجريبي.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>كُتب {path}.</translation>
    </message>
    <message>
        <source>The paper &apos;{paper}&apos; is for food labels (--kind food-labels); signs print on a4 or letter.</source>
        <translation>الورق &apos;{paper}&apos; لملصقات الطعام (--kind food-labels)؛ اللافتات تُطبع على a4 أو letter.</translation>
    </message>
    <message>
        <source>Unknown kind of sign &apos;{kind}&apos;; choose from {kinds}.</source>
        <translation>نوع لافتة غير معروف «{kind}»؛ اختر من {kinds}.</translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file; nothing was written.</source>
        <translation>تحمل بطاقات المهارات وسائل الاتصال بالأشخاص، لذا تُطبع فقط ولا تُحفظ أبدًا في ملف؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Unknown screen &apos;{screen}&apos;; choose from {screens}.</source>
        <translation>شاشة غير معروفة «{screen}»؛ اختر من {screens}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of signs to {out}.</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة لافتات في {out}.</numerusform>
            <numerusform>كُتبت صفحة لافتات واحدة في {out}.</numerusform>
            <numerusform>كُتبت صفحتا لافتات في {out}.</numerusform>
            <numerusform>كُتبت %n صفحات لافتات في {out}.</numerusform>
            <numerusform>كُتبت %n صفحة لافتات في {out}.</numerusform>
            <numerusform>كُتبت %n صفحة لافتات في {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of food labels to {out}.</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة من ملصقات الطعام في {out}.</numerusform>
            <numerusform>كُتبت صفحة واحدة من ملصقات الطعام في {out}.</numerusform>
            <numerusform>كُتبت صفحتان من ملصقات الطعام في {out}.</numerusform>
            <numerusform>كُتبت %n صفحات من ملصقات الطعام في {out}.</numerusform>
            <numerusform>كُتبت %n صفحة من ملصقات الطعام في {out}.</numerusform>
            <numerusform>كُتبت %n صفحة من ملصقات الطعام في {out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot write beside its data file.</source>
        <translation>لا يستطيع الكشك الكتابة بجانب ملف بياناته.</translation>
    </message>
    <message>
        <source>The kiosk is already running on this file.</source>
        <translation>الكشك يعمل بالفعل على هذا الملف.</translation>
    </message>
    <message>
        <source>The stewards&apos; PIN cannot be read from the data file.</source>
        <translation>لا يمكن قراءة رمز المتطوعين من ملف البيانات.</translation>
    </message>
    <message>
        <source>Skipped {where}: {why}.</source>
        <translation>تُرك {where}: {why}.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s journal file {file} no longer matches its checksum.</source>
        <translation>ملف السجل {file} لهذا الكشك لم يعد يطابق مجموعه الاختباري.</translation>
    </message>
    <message>
        <source>There is no folder at {path}.</source>
        <translation>لا يوجد مجلد في {path}.</translation>
    </message>
    <message>
        <source>The folder {path} holds another market&apos;s journals, so nothing was exchanged.</source>
        <translation>يحتوي المجلد {path} على سجلات سوق آخر، لذلك لم يُتبادل شيء.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>لا يمكن الكتابة في المجلد {path}.</translation>
    </message>
    <message>
        <source>two kiosks use the same kiosk id (was a data file copied?)</source>
        <translation>كشكان يستخدمان معرّف الكشك نفسه (هل نُسخ ملف بيانات؟)</translation>
    </message>
    <message>
        <source>this kiosk could not fold it</source>
        <translation>لم يستطع هذا الكشك دمجه</translation>
    </message>
    <message>
        <source>its name is not a journal file&apos;s name</source>
        <translation>اسمه ليس اسم ملف سجل</translation>
    </message>
    <message>
        <source>it is another market&apos;s journal</source>
        <translation>إنه سجل سوق آخر</translation>
    </message>
    <message>
        <source>its name does not match its first event</source>
        <translation>اسمه لا يطابق أول حدث فيه</translation>
    </message>
    <message>
        <source>another kiosk writes with this kiosk&apos;s id (was a data file copied?)</source>
        <translation>كشك آخر يكتب بمعرّف هذا الكشك (هل نُسخ ملف بيانات؟)</translation>
    </message>
    <message>
        <source>A kiosk is running on {db}, so nothing was exchanged; it exchanges on its own.</source>
        <translation>يعمل كشك على {db}، لذا لم يُتبادل شيء؛ فهو يتبادل بنفسه.</translation>
    </message>
    <message>
        <source>A paired kiosk keeps another market, and this kiosk has already shared with others, so they did not become one market: on that kiosk, tap Leave, then Add a kiosk again.</source>
        <translation>كشك مقترن يحفظ سوقًا آخر، وهذا الكشك يشارك بالفعل مع أكشاك أخرى، فلم يصبحا سوقًا واحدًا: على ذلك الكشك اضغط خروج، ثم أضف كشكًا من جديد.</translation>
    </message>
    <message>
        <source>This data file is not on a disk, so it cannot share.</source>
        <translation>ملف البيانات هذا ليس على قرص، لذلك لا يمكنه المشاركة.</translation>
    </message>
    <message>
        <source>There are no kiosk journals on this stick.</source>
        <translation>لا توجد سجلات أكشاك على هذه الذاكرة.</translation>
    </message>
    <message>
        <source>Several kiosks needs the Debian package “syncthing”; please install it (sudo apt install syncthing).</source>
        <translation>تحتاج خاصية عدة أكشاك إلى حزمة دبيان «syncthing»؛ ثبّتها من فضلك (sudo apt install syncthing).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s Syncthing did not start, so kiosks cannot share for now.</source>
        <translation>لم يبدأ Syncthing الخاص بالكشك، لذلك لا تستطيع الأكشاك المشاركة الآن.</translation>
    </message>
    <message>
        <source>{path} is a folder; please give a file name.</source>
        <translation>{path} مجلد؛ اكتب اسم ملف من فضلك.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Nothing could be written to {path}.</source>
        <translation>لم يُكتب أي شيء في {path}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}.</source>
        <translation>لا يمكن الكتابة في {path}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}.</source>
        <translation>لا يمكن الكتابة في {path}: {reason}.</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>لم تبقَ مساحة على القرص</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ليس مجلدًا</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>الملف موجود من قبل</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>خطأ في القراءة من القرص أو الكتابة عليه</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>تجاوزت حصة القرص</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>اسم الملف طويل جدًا</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>الجهاز مشغول</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>الجهاز غير موجود</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>الجهاز أو العنوان غير موجود</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>اسم أو قيمة غير صالحة</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>المجلد ليس فارغًا</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>ملفات مفتوحة أكثر من اللازم</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>The format &apos;{format}&apos; is not one of {formats}.</source>
        <translation>الصيغة «{format}» ليست من هذه الصيغ: {formats}.</translation>
    </message>
    <message>
        <source>PDF export needs the kiosk&apos;s display part, which is not available.</source>
        <translation>التصدير إلى PDF يحتاج إلى الجزء الرسومي من الكشك، وهو غير متاح.</translation>
    </message>
    <message>
        <source>Please choose offers from the list.</source>
        <translation>اختر عروضًا من القائمة من فضلك.</translation>
    </message>
    <message>
        <source>Please choose a weight from 0 to 50 kg.</source>
        <translation>اختر وزنًا من 0 إلى 50 كغ من فضلك.</translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation>لا توجد أسواق بعد.</translation>
    </message>
    <message>
        <source>The event should be a number or &apos;latest&apos;, not &apos;{which}&apos;.</source>
        <translation>يجب أن يكون السوق رقمًا أو «latest»، لا «{which}».</translation>
    </message>
    <message>
        <source>Close this market before deleting its details.</source>
        <translation>أغلق هذا السوق قبل حذف تفاصيله.</translation>
    </message>
    <message>
        <source>{name} is not a Commons Table setup, so nothing was changed.</source>
        <translation>‏{name} ليس ملف إعدادات Commons Table، لذا لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} is too big to be a kiosk&apos;s setup, so nothing was changed.</source>
        <translation>‏{name} أكبر من أن يكون إعدادات كشك، لذا لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Commons Table; nothing was changed.</source>
        <translation>‏{name} كتبه إصدار أحدث من Commons Table؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>In {name}, {entry} is not something this kiosk can keep, so nothing was changed.</source>
        <translation>في {name}، ‏{entry} ليس شيئًا يستطيع هذا الكشك الاحتفاظ به، لذا لم يتغير شيء.</translation>
    </message>
    <message>
        <source>There is no setup ({file}) on {place}.</source>
        <translation>لا توجد إعدادات ({file}) على {place}.</translation>
    </message>
    <message>
        <source>Choose where the food came from.</source>
        <translation>اختر من أين جاء الطعام.</translation>
    </message>
    <message>
        <source>Plates are counted 1 to {most} at a time.</source>
        <translation>تُعدّ الأطباق من 1 إلى {most} في كل مرة.</translation>
    </message>
    <message>
        <source>Type the weight in kg, or how many pieces.</source>
        <translation>اكتب الوزن بالكغ أو عدد القطع.</translation>
    </message>
    <message>
        <source>Please type a weight from 0.1 to {most} kg.</source>
        <translation>يُرجى كتابة وزن من 0.1 إلى {most} كغ.</translation>
    </message>
    <message>
        <source>Please count from 1 to {most} pieces.</source>
        <translation>يُرجى العدّ من 1 إلى {most} قطعة.</translation>
    </message>
    <message>
        <source>Say what it is: type a few words or tap a kind of food.</source>
        <translation>قل ما هو: اكتب بضع كلمات أو المس نوع الطعام.</translation>
    </message>
    <message>
        <source>That is too long for a label; please shorten it.</source>
        <translation>هذا طويل جدًا على ملصق؛ يُرجى تقصيره.</translation>
    </message>
    <message>
        <source>Eat by must be on or after the day it was made, and at most 7 days later.</source>
        <translation>يجب أن يكون تاريخ «يؤكل قبل» في يوم التحضير أو بعده، وبعد 7 أيام على الأكثر.</translation>
    </message>
    <message>
        <source>Between 1 and {most} labels at a time.</source>
        <translation>بين 1 و{most} ملصقًا في المرة الواحدة.</translation>
    </message>
    <message>
        <source>an event of another kiosk inside a kiosk&apos;s journal</source>
        <translation>حدث لكشك آخر داخل سجل كشك</translation>
    </message>
    <message>
        <source>an event with {what}</source>
        <translation>حدث فيه {what}</translation>
    </message>
    <message>
        <source>words that are not words</source>
        <translation>كلمات ليست كلمات</translation>
    </message>
    <message>
        <source>a date that is not a date</source>
        <translation>تاريخ ليس تاريخًا</translation>
    </message>
    <message>
        <source>a reference that is not a thing&apos;s id</source>
        <translation>مرجع ليس معرّف شيء</translation>
    </message>
    <message>
        <source>a yes/no that is neither</source>
        <translation>نعم/لا ليس أيًّا منهما</translation>
    </message>
    <message>
        <source>a list that is not a short list of words</source>
        <translation>قائمة ليست قائمة قصيرة من الكلمات</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>عدد خارج النطاق</translation>
    </message>
    <message>
        <source>a welcome text that is not one</source>
        <translation>نص ترحيب ليس نص ترحيب</translation>
    </message>
    <message>
        <source>sign languages that are not languages</source>
        <translation>لغات لافتات ليست لغات</translation>
    </message>
    <message>
        <source>a choice of sign categories that is none</source>
        <translation>اختيار لفئات اللافتات ليس اختيارًا</translation>
    </message>
    <message>
        <source>chosen categories that are not categories</source>
        <translation>فئات مختارة ليست فئات</translation>
    </message>
    <message>
        <source>weights that are not weights</source>
        <translation>أوزان ليست أوزانًا</translation>
    </message>
    <message>
        <source>a skills gathering that is not one</source>
        <translation>لقاء مهارات ليس لقاءً</translation>
    </message>
    <message>
        <source>a market day that is not one</source>
        <translation>يوم سوق ليس يوم سوق</translation>
    </message>
    <message>
        <source>leftovers that are neither kept nor handed off</source>
        <translation>بقايا لم تُحفظ ولم تُسلَّم</translation>
    </message>
    <message>
        <source>a category that is not one</source>
        <translation>فئة ليست فئة</translation>
    </message>
    <message>
        <source>a quantity that is not from 1 to 999</source>
        <translation>كمية ليست بين 1 و999</translation>
    </message>
    <message>
        <source>an event with {field} out of range</source>
        <translation>حدث فيه {field} خارج النطاق</translation>
    </message>
    <message>
        <source>food rescued from a kind of source this version does not know</source>
        <translation>طعام أُنقذ من نوع مصدر لا تعرفه هذه النسخة</translation>
    </message>
    <message>
        <source>a quarter hour that is not one</source>
        <translation>ربع ساعة ليس ربع ساعة</translation>
    </message>
    <message>
        <source>a setting without a name</source>
        <translation>إعداد بلا اسم</translation>
    </message>
    <message>
        <source>a line is not an event</source>
        <translation>سطر ليس حدثًا</translation>
    </message>
    <message>
        <source>an event without a type</source>
        <translation>حدث بلا نوع</translation>
    </message>
    <message>
        <source>an event of type {type} from a newer Commons Table</source>
        <translation>حدث من النوع {type} من إصدار أحدث من Commons Table</translation>
    </message>
    <message>
        <source>an event without a proper kiosk id and sequence</source>
        <translation>حدث بلا معرّف كشك ورقم تسلسل صحيحين</translation>
    </message>
    <message>
        <source>an event with a wrong id or a time finer than a quarter hour</source>
        <translation>حدث بمعرّف خاطئ أو بوقت أدق من ربع ساعة</translation>
    </message>
    <message>
        <source>an event that names a person</source>
        <translation>حدث يذكر اسم شخص</translation>
    </message>
    <message>
        <source>it is far bigger than any journal file</source>
        <translation>إنه أكبر بكثير من أي ملف سجل</translation>
    </message>
    <message>
        <source>its first line is not a journal header</source>
        <translation>سطره الأول ليس ترويسة سجل</translation>
    </message>
    <message>
        <source>it is not a Commons Table journal</source>
        <translation>إنه ليس سجل Commons Table</translation>
    </message>
    <message>
        <source>it was written by a newer Commons Table</source>
        <translation>كتبه إصدار أحدث من Commons Table</translation>
    </message>
    <message>
        <source>it is truncated or damaged (its checksum does not match)</source>
        <translation>إنه مقطوع أو تالف (مجموعه الاختباري لا يطابق)</translation>
    </message>
    <message>
        <source>it does not belong to the kiosk folder it is in</source>
        <translation>لا ينتمي إلى مجلد الكشك الذي هو فيه</translation>
    </message>
    <message>
        <source>its header&apos;s numbers are not a journal file&apos;s</source>
        <translation>أرقام ترويسته ليست أرقام ملف سجل</translation>
    </message>
    <message>
        <source>it holds fewer events than its header says</source>
        <translation>فيه أحداث أقل مما تقوله ترويسته</translation>
    </message>
    <message>
        <source>one of its lines is garbled</source>
        <translation>أحد أسطره مشوّه</translation>
    </message>
    <message>
        <source>its events are not numbered one after another</source>
        <translation>أحداثه ليست مرقّمة واحدًا تلو الآخر</translation>
    </message>
    <message>
        <source>{why} (line {line})</source>
        <translation>{why} (السطر {line})</translation>
    </message>
    <message>
        <source>this folder holds another market&apos;s journals</source>
        <translation>هذا المجلد يحوي سجلات سوق آخر</translation>
    </message>
    <message>
        <source>an event that refers to a {found} as if it were a {need}</source>
        <translation>حدث يشير إلى {found} كأنه {need}</translation>
    </message>
    <message>
        <source>a thing listed in a category this kiosk does not know ({category})</source>
        <translation>شيء مُدرج في فئة لا يعرفها هذا الكشك ({category})</translation>
    </message>
    <message>
        <source>a want in a category this kiosk does not know ({category})</source>
        <translation>طلب في فئة لا يعرفها هذا الكشك ({category})</translation>
    </message>
    <message>
        <source>an event with this kiosk&apos;s id came from outside</source>
        <translation>وصل من الخارج حدث بمعرّف هذا الكشك</translation>
    </message>
    <message>
        <source>events of type {type} come from a newer Commons Table</source>
        <translation>أحداث من النوع {type} تأتي من إصدار أحدث من Commons Table</translation>
    </message>
    <message>
        <source>the PDF came out incomplete, perhaps the disk is full</source>
        <translation>خرج ملف PDF ناقصًا، ربما لأن القرص ممتلئ</translation>
    </message>
</context>
</TS>
