<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>HomeScreen</name>
    <message>
        <source>I brought something</source>
        <translation>Traje algo</translation>
    </message>
    <message>
        <source>List what you brought for others</source>
        <translation>Anota lo que trajiste para otras personas</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>Ver lo que hay</translation>
    </message>
    <message>
        <source>Everything on the table now, free to take</source>
        <translation>Todo lo que hay en la mesa, gratis para llevar</translation>
    </message>
    <message>
        <source>I&apos;m looking for…</source>
        <translation>Estoy buscando…</translation>
    </message>
    <message>
        <source>Ask the table for something you need</source>
        <translation>Pide a la mesa algo que necesitas</translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation>Compartir saberes</translation>
    </message>
    <message>
        <source>Offer a skill or see what people can teach</source>
        <translation>Ofrece un saber o mira lo que otras personas enseñan</translation>
    </message>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation>Todo aquí es gratis. Toma lo que necesites, trae lo que puedas. Nadie lleva la cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table right now</source>
        <translation>
            <numerusform>%n cosa en la mesa ahora mismo</numerusform>
            <numerusform>%n cosas en la mesa ahora mismo</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is waiting for its first things</source>
        <translation>La mesa espera sus primeras cosas</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation>Mesa Común</translation>
    </message>
    <message>
        <source>Everything here is free</source>
        <translation>Todo aquí es gratis</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Sorry — something went wrong. The kiosk is still working; please try again.</source>
        <translation>Perdón, algo salió mal. El quiosco sigue funcionando; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1 and a fresh one was started.</source>
        <translation>El archivo de datos del quiosco estaba dañado. Se guardó aparte como %1 y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>This kiosk is new. Fill it with a demo market to try it out? (Stewards can start a real market any time.)</source>
        <translation>Este quiosco es nuevo. ¿Llenarlo con un mercado de ejemplo para probarlo? (El voluntariado puede empezar un mercado real cuando quiera.)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar el ejemplo</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Choose a PIN for stewards: 4 to 8 digits</source>
        <translation>Elige un PIN para el voluntariado: de 4 a 8 cifras</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Escribe el mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Stewards: type the PIN to leave the kiosk</source>
        <translation>Voluntariado: escribe el PIN para salir del quiosco</translation>
    </message>
    <message>
        <source>Stewards: type the PIN</source>
        <translation>Voluntariado: escribe el PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n cifra escrita</numerusform>
            <numerusform>%n cifras escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Please choose 4 to 8 digits.</source>
        <translation>Elige de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose again.</source>
        <translation>Los dos PIN eran distintos. Elige otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The pad opens again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. El teclado se abre de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. El teclado se abre de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the table is still being built.</source>
        <translation>Esta parte de la mesa aún se está construyendo.</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>StewardScreen</name>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>Este mercado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the market</source>
        <translation>Nombre del mercado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Place of the market</source>
        <translation>Lugar del mercado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Go back to the start after this long without a touch</source>
        <translation>Volver al inicio tras este tiempo sin tocar la pantalla</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Quit kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the kiosk? Visitors will not be able to use it until it is started again.</source>
        <translation>¿Cerrar el quiosco? Nadie podrá usarlo hasta que se vuelva a abrir.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
</TS>
