<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>KeyboardPanel</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
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
        <source>Everything here is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry — something went wrong. The kiosk is still working; please try again.</source>
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
        <source>Choose a PIN for stewards: 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
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
    <message>
        <source>Please choose 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose again.</source>
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
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the table is still being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back home</source>
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
</TS>
