<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Clear the words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BringScreen</name>
    <message>
        <source>What did you bring? Tap one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
    <message>
        <source>Put it on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about it, if you like (you can skip this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. winter coats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perishable — eat today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other allergens: sesame, fish, crustaceans, molluscs, celery, mustard, sulphites, lupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. hiking boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. children&apos;s books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. a kettle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. a lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. a puzzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. a drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. a phone charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. tomato seedlings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. toothpaste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. vegetable soup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — is that right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegan sandwiches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Search, e.g. shoes, vegan, books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search what&apos;s here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I brought something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pile is used up: take it off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a food label for it: what it is, eat by, Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the kinds before these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>Just arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every kind, to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of thing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1” right now. Try another word, or post what you&apos;re looking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind on the table right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None left: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>What we shared, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a new home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still here at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the day, every quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockScreen</name>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the computer&apos;s own clock again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk keeps its own time, in quarter hours, for everything it records: the computer&apos;s clock is not changed and no password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock now says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s own clock says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock looks wrong: earlier than what it has recorded, or days ahead. Please check the date and time and set them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Market days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close a market, and see past ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk holds the demo market. It is no part of any real market: the next market opened leaves it behind, or remove it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Closed markets show here with their summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>%n thing on the table</numerusform>
            <numerusform>%n things on the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrying over %n thing(s) kept from the last market…</source>
        <translation>
            <numerusform>Carrying over %n thing kept from the last market…</numerusform>
            <numerusform>Carrying over %n things kept from the last market…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) shared</source>
        <translation>
            <numerusform>%n thing shared</numerusform>
            <numerusform>%n things shared</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market is open. Welcome, everyone!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this market? What happens to what is left on the table? Things kept for next time are back on the table when the next market opens (food to eat today is not). Contacts people wrote on skill offers are erased now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market is closed. Here is what we shared together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo market and everything in it? Nothing real is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is gone. Open the real market when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the details of the market on %1? Only its totals per kind stay; the timeline and the list of leftovers go for good. Export it first if you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: only the totals of that market are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveryPage</name>
    <message>
        <source>Every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print these pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages bigger, to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoodLabelsScreen</name>
    <message>
        <source>Food labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels for shared food: what it is, its dates and what it contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it? Type it, or tap a kind of food:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lentil soup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients (you can skip this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lentils, onion, carrot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat by (at most 7 days later):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many labels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother QL, 62 mm tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DYMO 99012, 36 × 89 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet of 21 (Avery L7160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sheet of 30 (Avery 5160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These labels fill %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>These labels fill %n page: please choose it.</numerusform>
            <numerusform>These labels fill %n pages: please choose pages among them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the labels. Is it switched on and connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n label to the printer.</numerusform>
            <numerusform>Sent %n labels to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the labels are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) as %1.</source>
        <translation>
            <numerusform>Saved %n label as %1.</numerusform>
            <numerusform>Saved %n labels as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringScreen</name>
    <message>
        <source>Skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the skills share&apos;s day, time and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bring a snack to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar code of the skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to make the calendar code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone that reads this code offers to add the skills share to its calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: save to update the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Skill codes and cards now show this day and place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring something to fix or a snack to share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>I brought something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what you brought for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on the table now, free to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m looking for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the table for something you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a skill or see what people can teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger words, black on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk says what is on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table right now</source>
        <translation>
            <numerusform>%n thing on the table right now</numerusform>
            <numerusform>%n things on the table right now</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is waiting for its first things</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleTime</name>
    <message numerus="yes">
        <source>Still there? In %n second(s) the kiosk goes back to the start. Touch anywhere to keep going.</source>
        <translation>
            <numerusform>Still there? In %n second the kiosk goes back to the start. Touch anywhere to keep going.</numerusform>
            <numerusform>Still there? In %n seconds the kiosk goes back to the start. Touch anywhere to keep going.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Free Market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KiosksScreen</name>
    <message>
        <source>Several kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share one market between several kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: this kiosk keeps its own table. Turn it on to share one market with the other kiosks here (over the local network, no internet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: starting up, one moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On: %n kiosk(s) paired</source>
        <translation>
            <numerusform>On: %n kiosk paired</numerusform>
            <numerusform>On: %n kiosks paired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected now</source>
        <translation>
            <numerusform>%n connected now</numerusform>
            <numerusform>%n connected now</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is Kiosk %1.</source>
        <translation>This kiosk is Kiosk %1.</translation>
    </message>
    <message>
        <source>Kiosk %1: last heard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several kiosks is off. This kiosk keeps everything it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several kiosks is on. Tap “Add a kiosk” to pair another kiosk nearby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the other kiosk. On it, open Several kiosks too. Both screens show the same code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other kiosk heard yet. Turn on Several kiosks on the other kiosk, then tap “Add a kiosk” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 · code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the other kiosk show the code %1? Confirm on both kiosks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same code: pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now confirm on the other kiosk too. This kiosk says when both have.</source>
        <translation>Now confirm on the other kiosk too. This kiosk says when both have.</translation>
    </message>
    <message>
        <source>Paired. What is listed at either kiosk now shows at both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing with the other kiosks? Everything this kiosk holds stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick is full. Make room on it, then copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick could not be read or written; was it pulled out? Plug it in again, then copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n journal file(s) to the stick.</source>
        <translation>
            <numerusform>Copied %n journal file to the stick.</numerusform>
            <numerusform>Copied %n journal files to the stick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded in %n new change(s) from the stick.</source>
        <translation>
            <numerusform>Folded in %n new change from the stick.</numerusform>
            <numerusform>Folded in %n new changes from the stick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Meals served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serving table&apos;s plate counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the number of plates is kept, per quarter hour: nothing about who ate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) today</source>
        <translation>
            <numerusform>%n plate today</numerusform>
            <numerusform>%n plates today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Still open from an earlier day, so closed now: %1. What was left is kept for next time, and every contact on its skill offers is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly last time and was started again. What it was doing when it stopped is kept in %1, beside its data file, for whoever looks after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry — something went wrong. The kiosk is still working; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1, and the backup from %2 was put in its place: what happened after %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1 and a fresh one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is new. Fill it with a demo market to try it out? (Stewards can start a real market any time.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steward PIN has been set on this kiosk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever looks after this kiosk sets it on its computer, with this command:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards: type the PIN to leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards: type the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The pad opens again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. The pad opens again in %n second.</numerusform>
            <numerusform>Too many wrong tries. The pad opens again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>The on-screen keyboard does not work on this Wayland desktop: install XWayland (the xwayland package) and start the kiosk again, or start it with QT_QPA_PLATFORM=xcb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterLink</name>
    <message>
        <source>Finding the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer has not answered yet. Please check that it is switched on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemWindow</name>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full, so nothing can be saved: what is on the table can be looked at, but not changed. Stewards: make room on it, then start the kiosk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot use its data file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards: the data file is %1. Check that its folder can be written, then start the kiosk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards: another Commons Table window is already open on %1. Use that one, or quit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN cannot be read from the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steward PIN is set in the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards: type the PIN to close this screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found a new home; %2 were still here at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate from average weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pile(s)</source>
        <translation>
            <numerusform>%n pile</numerusform>
            <numerusform>%n piles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons Table · what we shared together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found a new home; %2 are still here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody keeps score: these are the table&apos;s totals, never anyone&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> * changed by a steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Piles” are heaps too big to count; each thing taken from one counts as brought and taken. kg: things taken × an average weight per kind, which stewards can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg each: the weight used for one thing; the starting weights are the Commons Table project&apos;s own round guesses, not measurements (docs/export.md says how each was chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of this market were deleted after export; only the totals are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food rescued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftovers hand-off sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to what is left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescuedScreen</name>
    <message>
        <source>Food rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record food that came in, by weight or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did it come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last one added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded today yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCopy</name>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick could not be used (%1). Please try again, or another stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup is on the stick, as %1. Another kiosk uses it with “Use a setup from a USB stick”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the setup on the USB stick? Its welcome words, kinds and languages of the signs, weights, idle time and skills share replace this kiosk&apos;s. Markets and the PIN stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk now uses the setup from the stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fold here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>%n thing on the table</numerusform>
            <numerusform>%n things on the table</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 — take what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is looking for anything right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone at the market is looking for these. Have one? Bring it to the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Too long for a code.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with a phone — no internet needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and place to be announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Offer yours at the kiosk!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to add it to your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills-share poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat by: see the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens not marked: please ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No food on the table right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignsScreen</name>
    <message>
        <source>Print signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs for the tables, on paper or as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages (one or two; the first chosen is the biggest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words on the welcome sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome words in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another printer or paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The welcome sign shows the new words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons Table signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These signs have %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>These signs have %n page: please choose it.</numerusform>
            <numerusform>These signs have %n pages: please choose pages among them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the pages are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the pages. Is it switched on and connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file. Please use Print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) on the USB drive as %1.</source>
        <translation>
            <numerusform>Saved %n page on the USB drive as %1.</numerusform>
            <numerusform>Saved %n pages on the USB drive as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as %1 (no USB drive is plugged in).</source>
        <translation>
            <numerusform>Saved %n page as %1 (no USB drive is plugged in).</numerusform>
            <numerusform>Saved %n pages as %1 (no USB drive is plugged in).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillOfferScreen</name>
    <message>
        <source>Bike repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sewing and mending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haircuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can you share? Type it, or tap one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bike repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill you can share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about it (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bring your bike, I&apos;ll show you how to fix a flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about the skill (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When could you share it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way to reach you (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, a Signal handle, a phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way to reach you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is only put on your card and its code, never shown in any list, and forgotten when this market closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget it right after printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and show my code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your bike; I&apos;ll show you how to fix a flat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillQrScreen</name>
    <message>
        <source>Thank you! Here is your offer&apos;s code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words, when, and the skills share&apos;s day and place. No internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words and when. No internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words were shortened to fit the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code also holds your contact, for your phone only. The list shows your offer without it; your printed card at the skills share carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reach this person: their contact is on their printed card at the skills share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reach this person, meet them at the skills share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsScreen</name>
    <message>
        <source>weekday evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the skills-share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap one to see its code — your phone&apos;s camera reads it, no internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Be the first!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>Reading aloud is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. You can choose: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Everything here is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StewardScreen</name>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start after this long without a touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome words, kinds and languages of the signs, weights, idle time and skills share, in one small file for the collective&apos;s other kiosks: never the PIN, never a market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this kiosk&apos;s setup to a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a setup from a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the kiosk? Visitors will not be able to use it until it is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Summary &amp; export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we shared together, and files to take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights for the kg estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average kilograms of one thing of each kind. Things taken × weight gives a rough “kept out of the bin” figure. The starting numbers are round guesses; change them to suit your table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* changed by a steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: pick where, then what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No market yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a market in “Market days”; its summary shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were deleted after export; only the totals are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk (exports folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pick where to save first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder cannot be written to. Pick another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you — it&apos;s on the table!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) looking for %1 — tell the table!</source>
        <translation>
            <numerusform>%n person looking for %1 — tell the table!</numerusform>
            <numerusform>%n people looking for %1 — tell the table!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WantedScreen</name>
    <message>
        <source>What are you looking for? Tap one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are looking for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has asked for anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a few words or a size if you like — or just post it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. winter boots, a kettle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: I&apos;m looking for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people are looking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n on the table now</source>
        <translation>
            <numerusform>%n on the table now</numerusform>
            <numerusform>%n on the table now</numerusform>
        </translation>
    </message>
    <message>
        <source>Found it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people want (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Posted. Good news: %n of these are on the table right now — have a look!</source>
        <translation>
            <numerusform>Posted. Good news: one is on the table right now — have a look!</numerusform>
            <numerusform>Posted. Good news: %n of these are on the table right now — have a look!</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1. When someone brings one, the kiosk will tell them you&apos;re looking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo, for trying the kiosk out: nothing here counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here is free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose {fewest} to {most} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage is full, so this was not saved. Please tell a steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data file, so this was not saved. Please tell a steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged, so this was not saved. Please tell a steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is busy for a moment — please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk could not reach its data file, so this was not saved. Please tell a steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was deleted or replaced while the kiosk ran, so this was not saved. Everything saved before is kept in {kept}. Please tell a steward: start the kiosk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the kiosk&apos;s data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot read its data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Commons Table data file, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty, not a Commons Table data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file was written by a newer Commons Table (data version {version}, this app knows up to {known}); please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the kinds of things on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is no longer on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the choices on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} should look like 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} should be on the quarter hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gathering&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date should look like 2026-12-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gathering should end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, place and note together are too long for a calendar code a phone can read. Please shorten the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read from a card. Please shorten the skill&apos;s name or the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date should look like 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the marks is not one the table knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food marks only go on food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pick a size from the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock can be set in whole quarter hours, up to a little over a year either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That one is all gone — sorry!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pile of “lots” can be marked all gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pick when from the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose what happens to what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock says {now}, earlier than the newest record in its data file ({newest}). Please set it: Stewards → Clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock jumped from {newest} to {now} while a market day is open. If that is wrong, please set it: Stewards → Clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} should be words, not a number or a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is empty — please write a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is too long: {count} characters, {limit} at most. Please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many? Please choose a number from 1 to 999, or “lots”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many? Please use a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many? Please choose at least 1, or “lots”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} is more than the table can count — choose up to {most}, or “lots”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That setting cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food labels print on {papers}, not &apos;{paper}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was typed, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is easy to guess (a digit repeated, a run like 1234, a year or another common one): anyone poking the pad may find it. Six digits that are not a date or a pattern are much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it anyway? Type yes to keep it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New steward PIN (4 to 8 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stewards&apos; PIN for {db} is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; please run set-pin again and choose another PIN, six digits if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote this kiosk&apos;s setup to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk now uses the setup in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the data file itself; please write to another file, so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is part of the data file {db}; please write to another file, so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file name this command can use; please give a plain path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;{name}&apos;; the commands are: {commands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} already holds markets; the demo only fills an empty data file, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled {db} with a demo market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper &apos;{paper}&apos; is for food labels (--kind food-labels); signs print on a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of sign &apos;{kind}&apos;; choose from {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown screen &apos;{screen}&apos;; choose from {screens}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of signs to {out}.</source>
        <translation>
            <numerusform>Wrote %n page of signs to {out}.</numerusform>
            <numerusform>Wrote %n pages of signs to {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of food labels to {out}.</source>
        <translation>
            <numerusform>Wrote %n page of food labels to {out}.</numerusform>
            <numerusform>Wrote %n pages of food labels to {out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot write beside its data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is already running on this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stewards&apos; PIN cannot be read from the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {where}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s journal file {file} no longer matches its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} holds another market&apos;s journals, so nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two kiosks use the same kiosk id (was a data file copied?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kiosk could not fold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not a journal file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another market&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name does not match its first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another kiosk writes with this kiosk&apos;s id (was a data file copied?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk is running on {db}, so nothing was exchanged; it exchanges on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paired kiosk keeps another market, and this kiosk has already shared with others, so they did not become one market: on that kiosk, tap Leave, then Add a kiosk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file is not on a disk, so it cannot share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no kiosk journals on this stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several kiosks needs the Debian package “syncthing”; please install it (sudo apt install syncthing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s Syncthing did not start, so kiosks cannot share for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; please give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format &apos;{format}&apos; is not one of {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs the kiosk&apos;s display part, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose offers from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a weight from 0 to 50 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event should be a number or &apos;latest&apos;, not &apos;{which}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this market before deleting its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Commons Table setup, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too big to be a kiosk&apos;s setup, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer Commons Table; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name}, {entry} is not something this kiosk can keep, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setup ({file}) on {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the food came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates are counted 1 to {most} at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the weight in kg, or how many pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a weight from 0.1 to {most} kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please count from 1 to {most} pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it is: type a few words or tap a kind of food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long for a label; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat by must be on or after the day it was made, and at most 7 days later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and {most} labels at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of another kiosk inside a kiosk&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words that are not words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date that is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference that is not a thing&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yes/no that is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list that is not a short list of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a welcome text that is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign languages that are not languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice of sign categories that is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen categories that are not categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights that are not weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skills gathering that is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a market day that is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leftovers that are neither kept nor handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category that is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantity that is not from 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with {field} out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food rescued from a kind of source this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter hour that is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line is not an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of type {type} from a newer Commons Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a proper kiosk id and sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with a wrong id or a time finer than a quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event that names a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is far bigger than any journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line is not a journal header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Commons Table journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Commons Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated or damaged (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not belong to the kiosk folder it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header&apos;s numbers are not a journal file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds fewer events than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its lines is garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its events are not numbered one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder holds another market&apos;s journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event that refers to a {found} as if it were a {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thing listed in a category this kiosk does not know ({category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a want in a category this kiosk does not know ({category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with this kiosk&apos;s id came from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events of type {type} come from a newer Commons Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF came out incomplete, perhaps the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
