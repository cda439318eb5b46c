<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Clear the words</source>
        <translation>Borrar lo escrito</translation>
    </message>
</context>
<context>
    <name>BringScreen</name>
    <message>
        <source>What did you bring? Tap one.</source>
        <translation>¿Qué trajiste? Toca una opción.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>¿Cuántos?</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Muchos</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n cosa</numerusform>
            <numerusform>%n cosas</numerusform>
        </translation>
    </message>
    <message>
        <source>Put it on the table</source>
        <translation>Ponerlo en la mesa</translation>
    </message>
    <message>
        <source>More about it, if you like (you can skip this):</source>
        <translation>Cuéntanos más, si quieres (puedes saltarlo):</translation>
    </message>
    <message>
        <source>A few words, e.g. winter coats</source>
        <translation>p. ej. abrigos de invierno</translation>
    </message>
    <message>
        <source>A few words about it (optional)</source>
        <translation>Unas palabras sobre esto (opcional)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Vegano</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetariano</translation>
    </message>
    <message>
        <source>Eat today</source>
        <translation>Comer hoy</translation>
    </message>
    <message>
        <source>Perishable — eat today</source>
        <translation>Perecedero — comer hoy</translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation>Toca lo que contiene:</translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation>Más alérgenos</translation>
    </message>
    <message>
        <source>Show the other allergens: sesame, fish, crustaceans, molluscs, celery, mustard, sulphites, lupin</source>
        <translation>Mostrar los otros alérgenos: sésamo, pescado, crustáceos, moluscos, apio, mostaza, sulfitos, altramuces</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>A few words, e.g. hiking boots</source>
        <translation>p. ej. botas de montaña</translation>
    </message>
    <message>
        <source>A few words, e.g. children&apos;s books</source>
        <translation>p. ej. libros infantiles</translation>
    </message>
    <message>
        <source>A few words, e.g. a kettle</source>
        <translation>p. ej. un hervidor</translation>
    </message>
    <message>
        <source>A few words, e.g. a lamp</source>
        <translation>p. ej. una lámpara</translation>
    </message>
    <message>
        <source>A few words, e.g. a puzzle</source>
        <translation>p. ej. un rompecabezas</translation>
    </message>
    <message>
        <source>A few words, e.g. a drill</source>
        <translation>p. ej. un taladro</translation>
    </message>
    <message>
        <source>A few words, e.g. a phone charger</source>
        <translation>p. ej. un cargador de móvil</translation>
    </message>
    <message>
        <source>A few words, e.g. tomato seedlings</source>
        <translation>p. ej. plantones de tomate</translation>
    </message>
    <message>
        <source>A few words, e.g. toothpaste</source>
        <translation>p. ej. pasta de dientes</translation>
    </message>
    <message>
        <source>A few words, e.g. vegetable soup</source>
        <translation>p. ej. sopa de verduras</translation>
    </message>
    <message>
        <source>A few words, e.g. rice</source>
        <translation>p. ej. arroz</translation>
    </message>
    <message>
        <source>A few words about it</source>
        <translation>Unas palabras sobre esto</translation>
    </message>
    <message>
        <source>%1 — is that right?</source>
        <translation>%1 — ¿es correcto?</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Sí, %1</translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation>No, cambiarlo</translation>
    </message>
    <message>
        <source>Vegan sandwiches</source>
        <translation>Sándwiches veganos</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Search, e.g. shoes, vegan, books</source>
        <translation>Buscar, p. ej. zapatos, vegano, libros</translation>
    </message>
    <message>
        <source>Search what&apos;s here</source>
        <translation>Buscar lo que hay</translation>
    </message>
    <message>
        <source>I brought something</source>
        <translation>Traje algo</translation>
    </message>
    <message>
        <source>Take one</source>
        <translation>Tomar uno</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>No queda</translation>
    </message>
    <message>
        <source>This pile is used up: take it off the list</source>
        <translation>Este montón se acabó: quitarlo de la lista</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Print a food label for it: what it is, eat by, Contains</source>
        <translation>Imprimir una etiqueta de comida: qué es, consumir antes de, contiene</translation>
    </message>
    <message>
        <source>Things on the table</source>
        <translation>Cosas en la mesa</translation>
    </message>
    <message>
        <source>Show the kinds before these</source>
        <translation>Ver los tipos anteriores</translation>
    </message>
    <message>
        <source>Show more kinds</source>
        <translation>Ver más tipos</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>All gone</source>
        <translation>Ya no queda</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Muchos</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Just arrived</source>
        <translation>Recién llegado</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show every kind, to choose one</source>
        <translation>Ver todos los tipos, para elegir uno</translation>
    </message>
    <message>
        <source>Which kind of thing?</source>
        <translation>¿Qué tipo de cosa?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing matches “%1” right now. Try another word, or post what you&apos;re looking for.</source>
        <translation>Ahora no hay nada para «%1». Prueba otra palabra, o publica lo que buscas.</translation>
    </message>
    <message>
        <source>Nothing of this kind on the table right now.</source>
        <translation>Ahora no hay nada de este tipo en la mesa.</translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something?</source>
        <translation>La mesa está vacía ahora. ¿Traes algo?</translation>
    </message>
    <message>
        <source>You took one: %1</source>
        <translation>Tomaste uno: %1</translation>
    </message>
    <message>
        <source>None left: %1</source>
        <translation>No queda: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>What we shared, by kind</source>
        <translation>Lo que compartimos, por tipo</translation>
    </message>
    <message>
        <source>Found a new home</source>
        <translation>Encontró un nuevo hogar</translation>
    </message>
    <message>
        <source>Still here now</source>
        <translation>Aún aquí ahora</translation>
    </message>
    <message>
        <source>Still here at the end</source>
        <translation>Aún aquí al final</translation>
    </message>
    <message>
        <source>Over the day, every quarter hour</source>
        <translation>A lo largo del día, cada cuarto de hora</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Se llevaron</translation>
    </message>
</context>
<context>
    <name>ClockScreen</name>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation>Poner la fecha y la hora de este quiosco</translation>
    </message>
    <message>
        <source>This kiosk&apos;s date and time</source>
        <translation>Fecha y hora de este quiosco</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>An hour earlier</source>
        <translation>Una hora antes</translation>
    </message>
    <message>
        <source>An hour later</source>
        <translation>Una hora después</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 minutos después</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>Poner la hora</translation>
    </message>
    <message>
        <source>Keep this date and time</source>
        <translation>Guardar esta fecha y hora</translation>
    </message>
    <message>
        <source>Computer&apos;s clock</source>
        <translation>Reloj del ordenador</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s own clock again</source>
        <translation>Volver a seguir el reloj del propio ordenador</translation>
    </message>
    <message>
        <source>The kiosk keeps its own time, in quarter hours, for everything it records: the computer&apos;s clock is not changed and no password is needed.</source>
        <translation>El quiosco lleva su propia hora, en cuartos de hora, para todo lo que registra: el reloj del ordenador no cambia y no hace falta ninguna contraseña.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock now says %1.</source>
        <translation>El reloj del quiosco marca ahora %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The computer&apos;s own clock says %1.</source>
        <translation>El reloj del propio ordenador marca %1.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock looks wrong: earlier than what it has recorded, or days ahead. Please check the date and time and set them here.</source>
        <translation>El reloj de este quiosco parece equivocado: anterior a lo que ya registró, o días por delante. Revisa la fecha y la hora y ponlas aquí.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Market days</source>
        <translation>Días de mercado</translation>
    </message>
    <message>
        <source>Open or close a market, and see past ones</source>
        <translation>Abrir o cerrar un mercado y ver los anteriores</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Close this market</source>
        <translation>Cerrar este mercado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Open a market</source>
        <translation>Abrir un mercado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>Open the market</source>
        <translation>Abrir el mercado</translation>
    </message>
    <message>
        <source>This kiosk holds the demo market. It is no part of any real market: the next market opened leaves it behind, or remove it now.</source>
        <translation>Este quiosco guarda el mercado de demostración. No forma parte de ningún mercado real: el próximo mercado que se abra lo deja atrás, o quítelo ahora.</translation>
    </message>
    <message>
        <source>Remove the demo</source>
        <translation>Quitar la demostración</translation>
    </message>
    <message>
        <source>Past markets</source>
        <translation>Mercados anteriores</translation>
    </message>
    <message>
        <source>None yet. Closed markets show here with their summaries.</source>
        <translation>Todavía ninguno. Los mercados cerrados aparecen aquí con su resumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>%n cosa en la mesa</numerusform>
            <numerusform>%n cosas en la mesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrying over %n thing(s) kept from the last market…</source>
        <translation>
            <numerusform>Vuelve a la mesa %n cosa guardada del mercado anterior…</numerusform>
            <numerusform>Vuelven a la mesa %n cosas guardadas del mercado anterior…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) shared</source>
        <translation>
            <numerusform>%n cosa compartida</numerusform>
            <numerusform>%n cosas compartidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete details</source>
        <translation>Borrar detalles</translation>
    </message>
    <message>
        <source>Delete the details of %1</source>
        <translation>Borrar los detalles del %1</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Solo totales</translation>
    </message>
    <message>
        <source>The market is open. Welcome, everyone!</source>
        <translation>El mercado está abierto. ¡Bienvenida toda la gente!</translation>
    </message>
    <message>
        <source>Close this market? What happens to what is left on the table? Things kept for next time are back on the table when the next market opens (food to eat today is not). Contacts people wrote on skill offers are erased now.</source>
        <translation>¿Cerrar este mercado? ¿Qué pasa con lo que queda en la mesa? Lo que se guarda para la próxima vez vuelve a la mesa cuando se abra el próximo mercado (la comida para hoy no). Los contactos escritos en las ofertas de saberes se borran ahora.</translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation>Se guarda para la próxima</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Se entrega</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>The market is closed. Here is what we shared together.</source>
        <translation>El mercado está cerrado. Esto es lo que compartimos juntos.</translation>
    </message>
    <message>
        <source>Remove the demo market and everything in it? Nothing real is touched.</source>
        <translation>¿Quitar el mercado de demostración y todo lo que contiene? No se toca nada real.</translation>
    </message>
    <message>
        <source>The demo is gone. Open the real market when you are ready.</source>
        <translation>La demostración ya no está. Abra el mercado real cuando esté listo.</translation>
    </message>
    <message>
        <source>Delete the details of the market on %1? Only its totals per kind stay; the timeline and the list of leftovers go for good. Export it first if you need them.</source>
        <translation>¿Borrar los detalles del mercado del %1? Solo quedan sus totales por tipo; la línea de tiempo y la lista de lo que sobró se borran para siempre. Expórtalo antes si los necesitas.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Done: only the totals of that market are kept.</source>
        <translation>Hecho: de ese mercado solo se guardan los totales.</translation>
    </message>
</context>
<context>
    <name>EveryPage</name>
    <message>
        <source>Every page</source>
        <translation>Todas las páginas</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Las páginas tal como se imprimirán</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print these pages</source>
        <translation>Imprimir estas páginas</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Closer</source>
        <translation>Más cerca</translation>
    </message>
    <message>
        <source>The pages bigger, to read them</source>
        <translation>Las páginas más grandes, para leerlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>FoodLabelsScreen</name>
    <message>
        <source>Food labels</source>
        <translation>Etiquetas de comida</translation>
    </message>
    <message>
        <source>Labels for shared food: what it is, its dates and what it contains</source>
        <translation>Etiquetas para la comida compartida: qué es, sus fechas y lo que contiene</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>What is it? Type it, or tap a kind of food:</source>
        <translation>¿Qué es? Escríbelo o toca un tipo de comida:</translation>
    </message>
    <message>
        <source>e.g. Lentil soup</source>
        <translation>p. ej. Sopa de lentejas</translation>
    </message>
    <message>
        <source>What is it</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Ingredients (you can skip this):</source>
        <translation>Ingredientes (puedes saltarlo):</translation>
    </message>
    <message>
        <source>e.g. lentils, onion, carrot</source>
        <translation>p. ej. lentejas, cebolla, zanahoria</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Rescued on</source>
        <translation>Rescatado el</translation>
    </message>
    <message>
        <source>Eat by (at most 7 days later):</source>
        <translation>Consumir antes del (como mucho 7 días después):</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation>Toca lo que contiene:</translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation>Más alérgenos</translation>
    </message>
    <message>
        <source>How many labels?</source>
        <translation>¿Cuántas etiquetas?</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Brother QL, 62 mm tape</source>
        <translation>Brother QL, cinta de 62 mm</translation>
    </message>
    <message>
        <source>DYMO 99012, 36 × 89 mm</source>
        <translation>DYMO 99012, 36 × 89 mm</translation>
    </message>
    <message>
        <source>A4 sheet of 21 (Avery L7160)</source>
        <translation>Hoja A4 de 21 (Avery L7160)</translation>
    </message>
    <message>
        <source>Letter sheet of 30 (Avery 5160)</source>
        <translation>Hoja Carta de 30 (Avery 5160)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message numerus="yes">
        <source>These labels fill %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>Estas etiquetas ocupan %n página: elíjala.</numerusform>
            <numerusform>Estas etiquetas ocupan %n páginas: elija páginas entre ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the labels. Is it switched on and connected?</source>
        <translation>La impresora no aceptó las etiquetas. ¿Está encendida y conectada?</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n etiqueta a la impresora.</numerusform>
            <numerusform>Se enviaron %n etiquetas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation>Las etiquetas de antes aún van camino de la impresora. Espera, por favor, a que se envíen.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Enviando a la impresora…</translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the labels are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation>La impresora aún no responde, así que las etiquetas siguen esperando para enviarse. Puede que se impriman más tarde, cuando responda: revisa la impresora antes de imprimir otra vez.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation>No se pudo guardar el PDF en %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) as %1.</source>
        <translation>
            <numerusform>Se guardó %n etiqueta como %1.</numerusform>
            <numerusform>Se guardaron %n etiquetas como %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringScreen</name>
    <message>
        <source>Skills share</source>
        <translation>Compartir saberes</translation>
    </message>
    <message>
        <source>Set the skills share&apos;s day, time and place</source>
        <translation>Poner el día, la hora y el lugar del encuentro de saberes</translation>
    </message>
    <message>
        <source>The skills share</source>
        <translation>El encuentro de saberes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the skills share</source>
        <translation>Nombre del encuentro de saberes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Día antes</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Día después</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>Una semana antes</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>Una semana después</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Place of the skills share</source>
        <translation>Lugar del encuentro de saberes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Una nota corta (opcional)</translation>
    </message>
    <message>
        <source>e.g. bring a snack to share</source>
        <translation>p. ej. trae algo de comer para compartir</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Calendar code of the skills share</source>
        <translation>Código de calendario del encuentro de saberes</translation>
    </message>
    <message>
        <source>Save to make the calendar code.</source>
        <translation>Guarda para crear el código de calendario.</translation>
    </message>
    <message>
        <source>A phone that reads this code offers to add the skills share to its calendar.</source>
        <translation>Un teléfono que lea este código ofrece añadir el encuentro a su calendario.</translation>
    </message>
    <message>
        <source>Not saved yet: save to update the code.</source>
        <translation>Aún sin guardar: guarda para actualizar el código.</translation>
    </message>
    <message>
        <source>Saved. Skill codes and cards now show this day and place.</source>
        <translation>Guardado. Los códigos y las tarjetas de saberes ya muestran este día y lugar.</translation>
    </message>
    <message>
        <source>Bring something to fix or a snack to share.</source>
        <translation>Trae algo para arreglar o algo de comer para compartir.</translation>
    </message>
</context>
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
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Bigger words, black on white</source>
        <translation>Letras más grandes, negro sobre blanco</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>The kiosk says what is on the screen</source>
        <translation>El quiosco dice lo que hay en la pantalla</translation>
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
    <name>IdleTime</name>
    <message numerus="yes">
        <source>Still there? In %n second(s) the kiosk goes back to the start. Touch anywhere to keep going.</source>
        <translation>
            <numerusform>¿Sigues ahí? En %n segundo el quiosco vuelve al inicio. Toca en cualquier lugar para seguir.</numerusform>
            <numerusform>¿Sigues ahí? En %n segundos el quiosco vuelve al inicio. Toca en cualquier lugar para seguir.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
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
        <source>Free Market</source>
        <translation>Mercado gratis</translation>
    </message>
</context>
<context>
    <name>KiosksScreen</name>
    <message>
        <source>Several kiosks</source>
        <translation>Varios quioscos</translation>
    </message>
    <message>
        <source>Share one market between several kiosks</source>
        <translation>Compartir un mercado entre varios quioscos</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>Añadir un quiosco</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation>Copiar a la memoria USB</translation>
    </message>
    <message>
        <source>Copy from USB stick</source>
        <translation>Copiar desde la memoria USB</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>Poner la hora</translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation>Poner la fecha y la hora de este quiosco</translation>
    </message>
    <message>
        <source>Kiosks heard from</source>
        <translation>Quioscos de los que hay noticias</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Encender</translation>
    </message>
    <message>
        <source>Off: this kiosk keeps its own table. Turn it on to share one market with the other kiosks here (over the local network, no internet).</source>
        <translation>Apagado: este quiosco lleva su propia mesa. Enciéndelo para compartir un mercado con los otros quioscos de aquí (por la red local, sin internet).</translation>
    </message>
    <message>
        <source>On: starting up, one moment…</source>
        <translation>Encendido: arrancando, un momento…</translation>
    </message>
    <message numerus="yes">
        <source>On: %n kiosk(s) paired</source>
        <translation>
            <numerusform>Encendido: %n quiosco emparejado</numerusform>
            <numerusform>Encendido: %n quioscos emparejados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected now</source>
        <translation>
            <numerusform>%n conectado ahora</numerusform>
            <numerusform>%n conectados ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is Kiosk %1.</source>
        <translation>Este es el Quiosco %1.</translation>
    </message>
    <message>
        <source>Kiosk %1: last heard %2</source>
        <translation>Quiosco %1: última noticia %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
    <message>
        <source>Several kiosks is off. This kiosk keeps everything it holds.</source>
        <translation>Varios quioscos está apagado. Este quiosco guarda todo lo que tiene.</translation>
    </message>
    <message>
        <source>Several kiosks is on. Tap “Add a kiosk” to pair another kiosk nearby.</source>
        <translation>Varios quioscos está encendido. Toca «Añadir un quiosco» para emparejar otro quiosco cercano.</translation>
    </message>
    <message>
        <source>Tap the other kiosk. On it, open Several kiosks too. Both screens show the same code.</source>
        <translation>Toca el otro quiosco. En él, abre también Varios quioscos. Las dos pantallas muestran el mismo código.</translation>
    </message>
    <message>
        <source>No other kiosk heard yet. Turn on Several kiosks on the other kiosk, then tap “Add a kiosk” again.</source>
        <translation>Todavía no se oye ningún otro quiosco. Enciende Varios quioscos en el otro quiosco y vuelve a tocar «Añadir un quiosco».</translation>
    </message>
    <message>
        <source>Kiosk %1 · code %2</source>
        <translation>Quiosco %1 · código %2</translation>
    </message>
    <message>
        <source>Does the other kiosk show the code %1? Confirm on both kiosks.</source>
        <translation>¿El otro quiosco muestra el código %1? Confirma en los dos quioscos.</translation>
    </message>
    <message>
        <source>Same code: pair</source>
        <translation>Mismo código: emparejar</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Now confirm on the other kiosk too. This kiosk says when both have.</source>
        <translation>Ahora confirma también en el otro quiosco. Este quiosco avisa cuando los dos lo hayan hecho.</translation>
    </message>
    <message>
        <source>Paired. What is listed at either kiosk now shows at both.</source>
        <translation>Emparejados. Lo que se anota en cualquiera de los dos quioscos ahora se ve en ambos.</translation>
    </message>
    <message>
        <source>Stop sharing with the other kiosks? Everything this kiosk holds stays here.</source>
        <translation>¿Dejar de compartir con los otros quioscos? Todo lo que tiene este quiosco se queda aquí.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation>Conecta primero una memoria USB, por favor.</translation>
    </message>
    <message>
        <source>The USB stick is full. Make room on it, then copy again.</source>
        <translation>La memoria USB está llena. Libera espacio en ella y vuelve a copiar.</translation>
    </message>
    <message>
        <source>The USB stick could not be read or written; was it pulled out? Plug it in again, then copy again.</source>
        <translation>No se pudo leer ni escribir la memoria USB; ¿se desconectó? Conéctala de nuevo y vuelve a copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n journal file(s) to the stick.</source>
        <translation>
            <numerusform>Se copió %n archivo de registro a la memoria.</numerusform>
            <numerusform>Se copiaron %n archivos de registro a la memoria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded in %n new change(s) from the stick.</source>
        <translation>
            <numerusform>Se incorporó %n cambio nuevo desde la memoria.</numerusform>
            <numerusform>Se incorporaron %n cambios nuevos desde la memoria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketForm</name>
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
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Meals served</source>
        <translation>Comidas servidas</translation>
    </message>
    <message>
        <source>The serving table&apos;s plate counter</source>
        <translation>El contador de platos de la mesa de servir</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>+1 plate</source>
        <translation>+1 plato</translation>
    </message>
    <message>
        <source>+5 plates</source>
        <translation>+5 platos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take back the last tap</source>
        <translation>Deshacer el último toque</translation>
    </message>
    <message>
        <source>Only the number of plates is kept, per quarter hour: nothing about who ate.</source>
        <translation>Solo se guarda el número de platos, por cuarto de hora: nada sobre quién comió.</translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) today</source>
        <translation>
            <numerusform>%n plato hoy</numerusform>
            <numerusform>%n platos hoy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Still open from an earlier day, so closed now: %1. What was left is kept for next time, and every contact on its skill offers is erased.</source>
        <translation>Seguía abierto desde un día anterior, así que se ha cerrado ahora: %1. Lo que quedó se guarda para la próxima vez y se han borrado todos los contactos de sus ofertas de saberes.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly last time and was started again. What it was doing when it stopped is kept in %1, beside its data file, for whoever looks after it.</source>
        <translation>El quiosco se detuvo inesperadamente la última vez y se volvió a iniciar. Lo que estaba haciendo cuando se detuvo se guarda en %1, junto a su archivo de datos, para quien lo mantenga.</translation>
    </message>
    <message>
        <source>Sorry — something went wrong. The kiosk is still working; please try again.</source>
        <translation>Perdón, algo salió mal. El quiosco sigue funcionando; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1, and the backup from %2 was put in its place: what happened after %2 is missing.</source>
        <translation>El archivo de datos del quiosco estaba dañado. Se guardó aparte como %1 y en su lugar se puso la copia de seguridad de %2: falta lo que pasó después de %2.</translation>
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
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
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
        <source>No steward PIN has been set on this kiosk yet.</source>
        <translation>Todavía no se ha puesto un PIN del voluntariado en este quiosco.</translation>
    </message>
    <message>
        <source>Whoever looks after this kiosk sets it on its computer, with this command:
%1</source>
        <translation>Quien cuida este quiosco lo pone en su ordenador, con esta orden:
%1</translation>
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
    <message numerus="yes">
        <source>Too many wrong tries. The pad opens again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. El teclado se abre de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. El teclado se abre de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>The on-screen keyboard does not work on this Wayland desktop: install XWayland (the xwayland package) and start the kiosk again, or start it with QT_QPA_PLATFORM=xcb.</source>
        <translation>El teclado en pantalla no funciona en este escritorio Wayland: instala XWayland (el paquete xwayland) y vuelve a iniciar el quiosco, o inícialo con QT_QPA_PLATFORM=xcb.</translation>
    </message>
</context>
<context>
    <name>PrinterLink</name>
    <message>
        <source>Finding the printer…</source>
        <translation>Buscando la impresora…</translation>
    </message>
    <message>
        <source>The printer has not answered yet</source>
        <translation>La impresora aún no ha respondido</translation>
    </message>
    <message>
        <source>Looking for the printer</source>
        <translation>Buscando la impresora</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>On the printer %1</source>
        <translation>En la impresora %1</translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation>Elegir una impresora</translation>
    </message>
    <message>
        <source>The printer has not answered yet. Please check that it is switched on, then try again.</source>
        <translation>La impresora todavía no ha respondido. Comprueba que esté encendida y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ProblemWindow</name>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full, so nothing can be saved: what is on the table can be looked at, but not changed. Stewards: make room on it, then start the kiosk again.</source>
        <translation>El almacenamiento donde está el archivo de datos del quiosco está lleno, así que no se puede guardar nada: se puede ver lo que hay en la mesa, pero no cambiarlo. Voluntariado: haced espacio en él y volved a abrir el quiosco.</translation>
    </message>
    <message>
        <source>The kiosk cannot use its data file at %1.</source>
        <translation>El quiosco no puede usar su archivo de datos en %1.</translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation>Mesa Común</translation>
    </message>
    <message>
        <source>Stewards: the data file is %1. Check that its folder can be written, then start the kiosk again.</source>
        <translation>Voluntariado: el archivo de datos es %1. Comprobad que se puede escribir en su carpeta y volved a abrir el quiosco.</translation>
    </message>
    <message>
        <source>Stewards: another Commons Table window is already open on %1. Use that one, or quit it first.</source>
        <translation>Voluntariado: ya hay otra ventana de Commons Table abierta con %1. Usad esa, o cerradla primero.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The PIN cannot be read from the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation>No se puede leer el PIN del archivo de datos, así que esta pantalla no se puede cerrar aquí. Voluntariado: detened el quiosco desde la terminal del ordenador.</translation>
    </message>
    <message>
        <source>No steward PIN is set in the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation>El archivo de datos no tiene PIN del voluntariado, así que esta pantalla no se puede cerrar aquí. Voluntariado: detened el quiosco desde la terminal del ordenador.</translation>
    </message>
    <message>
        <source>Stewards: type the PIN to close this screen.</source>
        <translation>Voluntariado: escribe el PIN para cerrar esta pantalla.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation>Juntos compartimos %1 de %2.</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 were still here at the end.</source>
        <translation>%1 encontraron un nuevo hogar; %2 seguían aquí al final.</translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation>Montones demasiado grandes para contar que siguen aquí: %1.</translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation>Búsquedas publicadas: %1, encontradas: %2. Saberes ofrecidos: %3.</translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate from average weights).</source>
        <translation>Unos %1 kg que no acabaron en la basura (una estimación aproximada con pesos medios).</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n cosa</numerusform>
            <numerusform>%n cosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pile(s)</source>
        <translation>
            <numerusform>%n montón</numerusform>
            <numerusform>%n montones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>Commons Table · what we shared together</source>
        <translation>Commons Table · lo que compartimos juntos</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 are still here now.</source>
        <translation>%1 encontraron un nuevo hogar; %2 siguen aquí ahora.</translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation>Comidas servidas: %1.</translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation>Comida rescatada: %1 kg pesados, %2 piezas contadas (tal como se anotó, sin estimar).</translation>
    </message>
    <message>
        <source>Free market</source>
        <translation>Mercado gratuito</translation>
    </message>
    <message>
        <source>Nobody keeps score: these are the table&apos;s totals, never anyone&apos;s own.</source>
        <translation>Nadie lleva la cuenta: son los totales de la mesa, nunca los de una persona.</translation>
    </message>
    <message>
        <source>The day in numbers</source>
        <translation>El día en números</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>Traído</translation>
    </message>
    <message>
        <source>Found a home</source>
        <translation>Con nuevo hogar</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Aún aquí</translation>
    </message>
    <message>
        <source>Piles</source>
        <translation>Montones</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Búsquedas</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontradas</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>kg cada una</translation>
    </message>
    <message>
        <source> * changed by a steward.</source>
        <translation> * cambiado por una persona voluntaria.</translation>
    </message>
    <message>
        <source>“Piles” are heaps too big to count; each thing taken from one counts as brought and taken. kg: things taken × an average weight per kind, which stewards can change.</source>
        <translation>Los «montones» son demasiado grandes para contar; cada cosa que se lleva de uno cuenta como traída y llevada. kg: cosas llevadas × un peso medio por tipo, que el equipo puede cambiar.</translation>
    </message>
    <message>
        <source>kg each: the weight used for one thing; the starting weights are the Commons Table project&apos;s own round guesses, not measurements (docs/export.md says how each was chosen).</source>
        <translation>kg cada una: el peso usado para una cosa; los pesos iniciales son estimaciones redondas del propio proyecto Commons Table, no mediciones (docs/export.md explica cómo se eligió cada uno).</translation>
    </message>
    <message>
        <source>The details of this market were deleted after export; only the totals are kept.</source>
        <translation>Los detalles de este mercado se borraron tras exportarlos; solo se guardan los totales.</translation>
    </message>
    <message>
        <source>Food rescued from</source>
        <translation>Comida rescatada de</translation>
    </message>
    <message>
        <source>kg weighed</source>
        <translation>kg pesados</translation>
    </message>
    <message>
        <source>pieces counted</source>
        <translation>piezas contadas</translation>
    </message>
    <message>
        <source>Leftovers hand-off sheet</source>
        <translation>Hoja de entrega de lo que sobró</translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation>Se guarda para la próxima vez</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Se entregó</translation>
    </message>
    <message>
        <source>What happens to what is left: %1</source>
        <translation>Qué pasa con lo que sobró: %1</translation>
    </message>
    <message>
        <source>Nothing was left on the table.</source>
        <translation>No quedó nada en la mesa.</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>muchos</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>RescuedScreen</name>
    <message>
        <source>Food rescued</source>
        <translation>Comida rescatada</translation>
    </message>
    <message>
        <source>Record food that came in, by weight or count</source>
        <translation>Anotar la comida que llegó, por peso o por cantidad</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Where did it come from?</source>
        <translation>¿De dónde vino?</translation>
    </message>
    <message>
        <source>Weighed (kg)</source>
        <translation>Pesado (kg)</translation>
    </message>
    <message>
        <source>Counted (pieces)</source>
        <translation>Contado (piezas)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Coma decimal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take back the last one added</source>
        <translation>Deshacer lo último añadido</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n pieza</numerusform>
            <numerusform>%n piezas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Hoy:</translation>
    </message>
    <message>
        <source>Nothing recorded today yet.</source>
        <translation>Hoy aún no se ha anotado nada.</translation>
    </message>
</context>
<context>
    <name>SetupCopy</name>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation>Primero conecte una memoria USB.</translation>
    </message>
    <message>
        <source>The USB stick could not be used (%1). Please try again, or another stick.</source>
        <translation>No se pudo usar la memoria USB (%1). Inténtelo de nuevo o con otra memoria.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup is on the stick, as %1. Another kiosk uses it with “Use a setup from a USB stick”.</source>
        <translation>La configuración de este quiosco está en la memoria, como %1. Otro quiosco la usa con «Usar una configuración de una memoria USB».</translation>
    </message>
    <message>
        <source>Use the setup on the USB stick? Its welcome words, kinds and languages of the signs, weights, idle time and skills share replace this kiosk&apos;s. Markets and the PIN stay as they are.</source>
        <translation>¿Usar la configuración de la memoria USB? Sus palabras de bienvenida, tipos e idiomas de los carteles, pesos, tiempo de espera y encuentro de saberes reemplazan los de este quiosco. Los mercados y el PIN quedan como están.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usarla</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>This kiosk now uses the setup from the stick.</source>
        <translation>Este quiosco ya usa la configuración de la memoria.</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation>Todo aquí es gratis. Toma lo que necesites, trae lo que puedas. Nadie lleva la cuenta.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Free to take</source>
        <translation>Gratis, para llevar</translation>
    </message>
    <message>
        <source>fold here</source>
        <translation>doblar aquí</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>muchos</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>niños</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>%n cosa en la mesa</numerusform>
            <numerusform>%n cosas en la mesa</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 — take what you need</source>
        <translation>A las %1 — toma lo que necesites</translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something!</source>
        <translation>La mesa está vacía ahora mismo. ¡Trae algo!</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Lo que hay ahora</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>talla %1</translation>
    </message>
    <message>
        <source>Nobody is looking for anything right now.</source>
        <translation>Ahora mismo nadie busca nada.</translation>
    </message>
    <message>
        <source>Someone at the market is looking for these. Have one? Bring it to the table.</source>
        <translation>Alguien en el mercado busca estas cosas. ¿Tienes una? Tráela a la mesa.</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Se busca</translation>
    </message>
    <message>
        <source>Welcome sign</source>
        <translation>Cartel de bienvenida</translation>
    </message>
    <message>
        <source>Category signs</source>
        <translation>Carteles por tipo</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Carteles de mesa</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>(Too long for a code.)</source>
        <translation>(Demasiado largo para un código.)</translation>
    </message>
    <message>
        <source>Scan with a phone — no internet needed</source>
        <translation>Escanéalo con el teléfono — sin internet</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet.</source>
        <translation>Nadie ha ofrecido un saber todavía.</translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation>Compartir saberes</translation>
    </message>
    <message>
        <source>Day and place to be announced</source>
        <translation>Día y lugar por anunciar</translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation>Saberes que se ofrecen</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Offer yours at the kiosk!</source>
        <translation>Nadie ha ofrecido un saber todavía. ¡Ofrece el tuyo en el quiosco!</translation>
    </message>
    <message>
        <source>Scan to add it to your calendar</source>
        <translation>Escanéalo para añadirlo a tu calendario</translation>
    </message>
    <message>
        <source>Skill cards</source>
        <translation>Tarjetas de saberes</translation>
    </message>
    <message>
        <source>Skills-share poster</source>
        <translation>Cartel del encuentro de saberes</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Rescued on %1</source>
        <translation>Rescatado el %1</translation>
    </message>
    <message>
        <source>Eat by %1</source>
        <translation>Consumir antes del %1</translation>
    </message>
    <message>
        <source>Eat by: see the pack</source>
        <translation>Consumir antes de: ver el envase</translation>
    </message>
    <message>
        <source>Allergens not marked: please ask</source>
        <translation>Alérgenos sin marcar: pregunta, por favor</translation>
    </message>
    <message>
        <source>Ingredients: %1</source>
        <translation>Ingredientes: %1</translation>
    </message>
    <message>
        <source>No food on the table right now.</source>
        <translation>Ahora no hay comida en la mesa.</translation>
    </message>
</context>
<context>
    <name>SignsScreen</name>
    <message>
        <source>Print signs</source>
        <translation>Imprimir carteles</translation>
    </message>
    <message>
        <source>Signs for the tables, on paper or as a PDF</source>
        <translation>Carteles para las mesas, en papel o en PDF</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Which categories</source>
        <translation>Qué tipos de cosas</translation>
    </message>
    <message>
        <source>Those on the table</source>
        <translation>Los que hay en la mesa</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Languages (one or two; the first chosen is the biggest)</source>
        <translation>Idiomas (uno o dos; el primero elegido va más grande)</translation>
    </message>
    <message>
        <source>Words on the welcome sign</source>
        <translation>Palabras del cartel de bienvenida</translation>
    </message>
    <message>
        <source>Welcome words in %1</source>
        <translation>Palabras de bienvenida en %1</translation>
    </message>
    <message>
        <source>Save words</source>
        <translation>Guardar palabras</translation>
    </message>
    <message>
        <source>Usual words</source>
        <translation>Palabras de siempre</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>A preview of every page</source>
        <translation>Una vista previa de todas las páginas</translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation>Impresoras…</translation>
    </message>
    <message>
        <source>Another printer or paper</source>
        <translation>Otra impresora u otro papel</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The welcome sign shows the new words.</source>
        <translation>Guardado. El cartel de bienvenida muestra las nuevas palabras.</translation>
    </message>
    <message>
        <source>Commons Table signs</source>
        <translation>Carteles de Commons Table</translation>
    </message>
    <message>
        <source>The pages from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation>Las páginas de antes aún van camino de la impresora. Espera, por favor, a que se envíen.</translation>
    </message>
    <message numerus="yes">
        <source>These signs have %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>Estos carteles tienen %n página: elíjala.</numerusform>
            <numerusform>Estos carteles tienen %n páginas: elija páginas entre ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Enviando a la impresora…</translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the pages are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation>La impresora aún no responde, así que las páginas siguen esperando para enviarse. Puede que se impriman más tarde, cuando responda: revisa la impresora antes de imprimir otra vez.</translation>
    </message>
    <message>
        <source>The printer did not take the pages. Is it switched on and connected?</source>
        <translation>La impresora no recibió las páginas. ¿Está encendida y conectada?</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file. Please use Print.</source>
        <translation>Las tarjetas de saberes llevan contactos de personas, así que solo se imprimen, nunca se guardan como archivo. Usa Imprimir, por favor.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation>No se pudo guardar el PDF en %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) on the USB drive as %1.</source>
        <translation>
            <numerusform>Se guardó %n página en la memoria USB como %1.</numerusform>
            <numerusform>Se guardaron %n páginas en la memoria USB como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as %1 (no USB drive is plugged in).</source>
        <translation>
            <numerusform>Se guardó %n página como %1 (no hay ninguna memoria USB conectada).</numerusform>
            <numerusform>Se guardaron %n páginas como %1 (no hay ninguna memoria USB conectada).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillOfferScreen</name>
    <message>
        <source>Bike repair</source>
        <translation>Reparar bicis</translation>
    </message>
    <message>
        <source>Sewing and mending</source>
        <translation>Costura y arreglos</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cocina</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Primeros auxilios</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation>Computadoras y teléfonos</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Jardinería</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Tax forms</source>
        <translation>Trámites de impuestos</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de niños</translation>
    </message>
    <message>
        <source>Haircuts</source>
        <translation>Cortes de pelo</translation>
    </message>
    <message>
        <source>Fixing things</source>
        <translation>Arreglar cosas</translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation>Ofrecer un saber</translation>
    </message>
    <message>
        <source>What can you share? Type it, or tap one:</source>
        <translation>¿Qué puedes compartir? Escríbelo o toca uno:</translation>
    </message>
    <message>
        <source>e.g. bike repair</source>
        <translation>p. ej. reparar bicis</translation>
    </message>
    <message>
        <source>The skill you can share</source>
        <translation>El saber que puedes compartir</translation>
    </message>
    <message>
        <source>A few words about it (optional):</source>
        <translation>Unas palabras sobre él (opcional):</translation>
    </message>
    <message>
        <source>e.g. bring your bike, I&apos;ll show you how to fix a flat</source>
        <translation>p. ej. trae tu bici, te enseño a arreglar un pinchazo</translation>
    </message>
    <message>
        <source>A few words about the skill (optional)</source>
        <translation>Unas palabras sobre el saber (opcional)</translation>
    </message>
    <message>
        <source>When could you share it?</source>
        <translation>¿Cuándo podrías compartirlo?</translation>
    </message>
    <message>
        <source>A way to reach you (optional):</source>
        <translation>Una forma de contactarte (opcional):</translation>
    </message>
    <message>
        <source>a name, a Signal handle, a phone…</source>
        <translation>un nombre, un usuario de Signal, un teléfono…</translation>
    </message>
    <message>
        <source>A way to reach you (optional)</source>
        <translation>Una forma de contactarte (opcional)</translation>
    </message>
    <message>
        <source>It is only put on your card and its code, never shown in any list, and forgotten when this market closes.</source>
        <translation>Solo se pone en tu tarjeta y en su código, nunca aparece en ninguna lista y se olvida al cerrar este mercado.</translation>
    </message>
    <message>
        <source>Forget it right after printing</source>
        <translation>Olvidarlo justo después de imprimir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Save and show my code</source>
        <translation>Guardar y mostrar mi código</translation>
    </message>
    <message>
        <source>Bring your bike; I&apos;ll show you how to fix a flat</source>
        <translation>Trae tu bici; te enseño a arreglar un pinchazo</translation>
    </message>
</context>
<context>
    <name>SkillQrScreen</name>
    <message>
        <source>Thank you! Here is your offer&apos;s code:</source>
        <translation>¡Gracias! Aquí está el código de tu oferta:</translation>
    </message>
    <message>
        <source>This offer is no longer here.</source>
        <translation>Esta oferta ya no está.</translation>
    </message>
    <message>
        <source>The code for %1</source>
        <translation>El código de %1</translation>
    </message>
    <message>
        <source>Skills share: %1</source>
        <translation>Encuentro de saberes: %1</translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read.</source>
        <translation>Esta oferta es demasiado larga para un código que un teléfono pueda leer.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words, when, and the skills share&apos;s day and place. No internet needed.</source>
        <translation>Apunta la cámara del teléfono al código: lleva el saber, las palabras, cuándo, y el día y lugar del encuentro. No hace falta internet.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words and when. No internet needed.</source>
        <translation>Apunta la cámara del teléfono al código: lleva el saber, las palabras y cuándo. No hace falta internet.</translation>
    </message>
    <message>
        <source>The words were shortened to fit the code.</source>
        <translation>Las palabras se acortaron para que quepan en el código.</translation>
    </message>
    <message>
        <source>Your code also holds your contact, for your phone only. The list shows your offer without it; your printed card at the skills share carries it.</source>
        <translation>Tu código también lleva tu contacto, solo para tu teléfono. La lista muestra tu oferta sin él; tu tarjeta impresa en el encuentro de saberes lo lleva.</translation>
    </message>
    <message>
        <source>To reach this person: their contact is on their printed card at the skills share.</source>
        <translation>Para contactar a esta persona: su contacto está en su tarjeta impresa en el encuentro de saberes.</translation>
    </message>
    <message>
        <source>To reach this person, meet them at the skills share.</source>
        <translation>Para contactar a esta persona, búscala en el encuentro de saberes.</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Todos los saberes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>SkillsScreen</name>
    <message>
        <source>weekday evenings</source>
        <translation>tardes entre semana</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>fines de semana</translation>
    </message>
    <message>
        <source>at the skills-share</source>
        <translation>en el encuentro de saberes</translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation>Saberes que se ofrecen</translation>
    </message>
    <message>
        <source>Tap one to see its code — your phone&apos;s camera reads it, no internet needed.</source>
        <translation>Toca uno para ver su código: la cámara del teléfono lo lee, sin internet.</translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation>Ofrecer un saber</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Be the first!</source>
        <translation>Nadie ha ofrecido un saber todavía. ¡Sé la primera persona!</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>Reading aloud is on.</source>
        <translation>La lectura en voz alta está activada.</translation>
    </message>
    <message>
        <source>%1. You can choose: %2.</source>
        <translation>%1. Puedes elegir: %2.</translation>
    </message>
    <message>
        <source>Welcome! Everything here is free.</source>
        <translation>¡Bienvenida! Todo aquí es gratis.</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>Ver lo que hay</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
        <source>This kiosk&apos;s setup</source>
        <translation>La configuración de este quiosco</translation>
    </message>
    <message>
        <source>Welcome words, kinds and languages of the signs, weights, idle time and skills share, in one small file for the collective&apos;s other kiosks: never the PIN, never a market.</source>
        <translation>Palabras de bienvenida, tipos e idiomas de los carteles, pesos, tiempo de espera y encuentro de saberes, en un archivo pequeño para los otros quioscos del colectivo: nunca el PIN, nunca un mercado.</translation>
    </message>
    <message>
        <source>Copy this kiosk&apos;s setup to a USB stick</source>
        <translation>Copiar la configuración a una memoria USB</translation>
    </message>
    <message>
        <source>Use a setup from a USB stick</source>
        <translation>Usar una configuración de una memoria USB</translation>
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
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Summary &amp; export</source>
        <translation>Resumen y exportar</translation>
    </message>
    <message>
        <source>What we shared together, and files to take home</source>
        <translation>Lo que compartimos juntos, y archivos para llevar</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Market days</source>
        <translation>Días de mercado</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Weights for the kg estimate</source>
        <translation>Pesos para estimar los kg</translation>
    </message>
    <message>
        <source>Average kilograms of one thing of each kind. Things taken × weight gives a rough “kept out of the bin” figure. The starting numbers are round guesses; change them to suit your table.</source>
        <translation>Kilos medios de una cosa de cada tipo. Cosas llevadas × peso da una cifra aproximada de «lo que no acabó en la basura». Los valores iniciales son estimaciones redondas; cámbialos según tu mesa.</translation>
    </message>
    <message>
        <source>* changed by a steward.</source>
        <translation>* cambiado por una persona voluntaria.</translation>
    </message>
    <message>
        <source>Export: pick where, then what</source>
        <translation>Exportar: elige dónde y luego qué</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Datos (JSON)</translation>
    </message>
    <message>
        <source>No market yet</source>
        <translation>Todavía no hay mercado</translation>
    </message>
    <message>
        <source>Open a market in “Market days”; its summary shows here.</source>
        <translation>Abre un mercado en «Días de mercado»; su resumen aparece aquí.</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation>Juntos compartimos %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n cosa</numerusform>
            <numerusform>%n cosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation>Comidas servidas: %1.</translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation>Comida rescatada: %1 kg pesados, %2 piezas contadas (tal como se anotó, sin estimar).</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here now.</source>
        <translation>%1 encontraron un nuevo hogar; %2 aún aquí ahora.</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here at the end.</source>
        <translation>%1 encontraron un nuevo hogar; %2 aún aquí al final.</translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation>Montones demasiado grandes para contar que siguen aquí: %1.</translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation>Búsquedas publicadas: %1, encontradas: %2. Saberes ofrecidos: %3.</translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate).</source>
        <translation>Unos %1 kg que no acabaron en la basura (una estimación aproximada).</translation>
    </message>
    <message>
        <source>The details were deleted after export; only the totals are kept.</source>
        <translation>Los detalles se borraron tras exportarlos; solo se guardan los totales.</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Lighter: %1</source>
        <translation>Menos peso: %1</translation>
    </message>
    <message>
        <source>Heavier: %1</source>
        <translation>Más peso: %1</translation>
    </message>
    <message>
        <source>This kiosk (exports folder)</source>
        <translation>Este quiosco (carpeta exports)</translation>
    </message>
    <message>
        <source>Please pick where to save first.</source>
        <translation>Primero elige dónde guardar.</translation>
    </message>
    <message>
        <source>That folder cannot be written to. Pick another place.</source>
        <translation>No se puede escribir en esa carpeta. Elige otro lugar.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Guardado %1 en %2.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you — it&apos;s on the table!</source>
        <translation>¡Gracias! Ya está en la mesa.</translation>
    </message>
    <message>
        <source>Bring more</source>
        <translation>Traer más</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>Ver lo que hay</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Lots of %1</source>
        <translation>Muchos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) looking for %1 — tell the table!</source>
        <translation>
            <numerusform>%n persona busca %1 — ¡avisa a la mesa!</numerusform>
            <numerusform>%n personas buscan %1 — ¡avisa a la mesa!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WantedScreen</name>
    <message>
        <source>What are you looking for? Tap one.</source>
        <translation>¿Qué estás buscando? Toca una opción.</translation>
    </message>
    <message>
        <source>People are looking for:</source>
        <translation>La gente busca:</translation>
    </message>
    <message>
        <source>Nobody has asked for anything yet.</source>
        <translation>Nadie ha pedido nada todavía.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Add a few words or a size if you like — or just post it.</source>
        <translation>Añade unas palabras o una talla si quieres, o publícalo sin más.</translation>
    </message>
    <message>
        <source>e.g. winter boots, a kettle</source>
        <translation>p. ej. botas de invierno, un hervidor</translation>
    </message>
    <message>
        <source>What exactly (optional)</source>
        <translation>Qué exactamente (opcional)</translation>
    </message>
    <message>
        <source>Post: I&apos;m looking for this</source>
        <translation>Publicar: busco esto</translation>
    </message>
    <message>
        <source>What people are looking for</source>
        <translation>Lo que la gente busca</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>talla %1</translation>
    </message>
    <message numerus="yes">
        <source>%n on the table now</source>
        <translation>
            <numerusform>%n en la mesa ahora</numerusform>
            <numerusform>%n en la mesa ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Found it</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>What people want (%1)</source>
        <translation>Lo que se busca (%1)</translation>
    </message>
    <message>
        <source>Looking for: %1</source>
        <translation>Busco: %1</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Niños</translation>
    </message>
    <message numerus="yes">
        <source>Posted. Good news: %n of these are on the table right now — have a look!</source>
        <translation>
            <numerusform>Publicado. Buena noticia: hay %n en la mesa ahora mismo — ¡échale un vistazo!</numerusform>
            <numerusform>Publicado. Buena noticia: hay %n en la mesa ahora mismo — ¡échales un vistazo!</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Verlos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Posted: %1. When someone brings one, the kiosk will tell them you&apos;re looking.</source>
        <translation>Publicado: %1. Cuando alguien traiga uno, el quiosco le dirá que lo buscas.</translation>
    </message>
    <message>
        <source>Marked found: %1</source>
        <translation>Marcado como encontrado: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Choose your language</source>
        <translation>Elige tu idioma</translation>
    </message>
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
        <source>This is a demo, for trying the kiosk out: nothing here counts.</source>
        <translation>Esto es una demostración para probar el quiosco: aquí nada cuenta.</translation>
    </message>
    <message>
        <source>Everything here is free</source>
        <translation>Todo aquí es gratis</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>Un PIN lleva solo cifras.</translation>
    </message>
    <message>
        <source>Please choose {fewest} to {most} digits.</source>
        <translation>Elige de {fewest} a {most} cifras.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage is full, so this was not saved. Please tell a steward.</source>
        <translation>El almacenamiento del quiosco está lleno y esto no se guardó. Avisa al voluntariado, por favor.</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data file, so this was not saved. Please tell a steward.</source>
        <translation>El quiosco no puede escribir en su archivo de datos y esto no se guardó. Avisa al voluntariado, por favor.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged, so this was not saved. Please tell a steward.</source>
        <translation>El archivo de datos del quiosco está dañado y esto no se guardó. Avisa al voluntariado, por favor.</translation>
    </message>
    <message>
        <source>The kiosk is busy for a moment — please try again.</source>
        <translation>El quiosco está ocupado un momento; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The kiosk could not reach its data file, so this was not saved. Please tell a steward.</source>
        <translation>El quiosco no pudo llegar a su archivo de datos y esto no se guardó. Avisa al voluntariado, por favor.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was deleted or replaced while the kiosk ran, so this was not saved. Everything saved before is kept in {kept}. Please tell a steward: start the kiosk again.</source>
        <translation>El archivo de datos del quiosco se borró o se sustituyó mientras funcionaba, así que esto no se guardó. Todo lo guardado antes está a salvo en {kept}. Avisa al voluntariado, por favor: hay que volver a arrancar el quiosco.</translation>
    </message>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full.</source>
        <translation>El almacenamiento donde está el archivo de datos del quiosco está lleno.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file cannot be written to.</source>
        <translation>No se puede escribir en el archivo de datos del quiosco.</translation>
    </message>
    <message>
        <source>Another program is using the kiosk&apos;s data file.</source>
        <translation>Otro programa está usando el archivo de datos del quiosco.</translation>
    </message>
    <message>
        <source>The kiosk cannot read its data file.</source>
        <translation>El quiosco no puede leer su archivo de datos.</translation>
    </message>
    <message>
        <source>{path} is not a Commons Table data file, so it was left as it is.</source>
        <translation>{path} no es un archivo de datos de Commons Table, así que se dejó como estaba.</translation>
    </message>
    <message>
        <source>{path} is empty, not a Commons Table data file.</source>
        <translation>{path} está vacío; no es un archivo de datos de Commons Table.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de datos.</translation>
    </message>
    <message>
        <source>This data file was written by a newer Commons Table (data version {version}, this app knows up to {known}); please update the app.</source>
        <translation>Este archivo de datos lo escribió una Mesa Común más nueva (versión de datos {version}; esta conoce hasta la {known}). Actualiza la aplicación, por favor.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged.</source>
        <translation>El archivo de datos del quiosco está dañado.</translation>
    </message>
    <message>
        <source>Please choose one of the kinds of things on the screen.</source>
        <translation>Elige uno de los tipos de cosas de la pantalla, por favor.</translation>
    </message>
    <message>
        <source>There is no event number {number}.</source>
        <translation>No hay ningún mercado con el número {number}.</translation>
    </message>
    <message>
        <source>That item is no longer on the table.</source>
        <translation>Eso ya no está en la mesa.</translation>
    </message>
    <message>
        <source>Please choose one of the choices on the screen.</source>
        <translation>Elige una de las opciones de la pantalla, por favor.</translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation>El nombre del mercado</translation>
    </message>
    <message>
        <source>{what} should look like 14:30.</source>
        <translation>{what} debe tener esta forma: 14:30.</translation>
    </message>
    <message>
        <source>{what} should be on the quarter hour.</source>
        <translation>{what} debe caer en un cuarto de hora (:00, :15, :30 o :45).</translation>
    </message>
    <message>
        <source>The gathering&apos;s name</source>
        <translation>El nombre del encuentro</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>The date should look like 2026-12-12.</source>
        <translation>La fecha debe tener esta forma: 2026-12-12.</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>La hora de inicio</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>La hora de fin</translation>
    </message>
    <message>
        <source>The gathering should end after it starts.</source>
        <translation>El encuentro debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The name, place and note together are too long for a calendar code a phone can read. Please shorten the note.</source>
        <translation>El nombre, el lugar y la nota juntos son demasiado largos para un código de calendario que un teléfono pueda leer. Acorta la nota, por favor.</translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read from a card. Please shorten the skill&apos;s name or the contact.</source>
        <translation>Esta oferta es demasiado larga para un código que un teléfono pueda leer en una tarjeta. Acorta el nombre del saber o el contacto.</translation>
    </message>
    <message>
        <source>The date should look like 2026-11-28.</source>
        <translation>La fecha debe tener esta forma: 2026-11-28.</translation>
    </message>
    <message>
        <source>One of the marks is not one the table knows.</source>
        <translation>Una de las marcas no es de las que conoce la mesa.</translation>
    </message>
    <message>
        <source>Food marks only go on food.</source>
        <translation>Las marcas de comida solo van en la comida.</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>La talla</translation>
    </message>
    <message>
        <source>Please pick a size from the buttons.</source>
        <translation>Elige una talla con los botones, por favor.</translation>
    </message>
    <message>
        <source>The clock can be set in whole quarter hours, up to a little over a year either way.</source>
        <translation>El reloj se pone en cuartos de hora enteros, hasta algo más de un año hacia atrás o hacia delante.</translation>
    </message>
    <message>
        <source>That one is all gone — sorry!</source>
        <translation>Eso ya se acabó, ¡lo sentimos!</translation>
    </message>
    <message>
        <source>Only a pile of “lots” can be marked all gone.</source>
        <translation>Solo un montón de «muchos» se puede marcar como acabado.</translation>
    </message>
    <message>
        <source>Please pick when from the buttons.</source>
        <translation>Elige cuándo con los botones, por favor.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>Please choose what happens to what is left.</source>
        <translation>Elige qué pasa con lo que queda, por favor.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock says {now}, earlier than the newest record in its data file ({newest}). Please set it: Stewards → Clock.</source>
        <translation>El reloj de este quiosco marca {now}, antes que el registro más reciente de su archivo de datos ({newest}). Ajústelo: Voluntariado → Reloj.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock jumped from {newest} to {now} while a market day is open. If that is wrong, please set it: Stewards → Clock.</source>
        <translation>El reloj de este quiosco saltó de {newest} a {now} con un día de mercado abierto. Si no es correcto, ajústelo: Voluntariado → Reloj.</translation>
    </message>
    <message>
        <source>{what} should be words, not a number or a list.</source>
        <translation>{what}: deben ser palabras, no un número ni una lista.</translation>
    </message>
    <message>
        <source>{what} is empty — please write a few words.</source>
        <translation>{what}: está en blanco; escribe unas palabras, por favor.</translation>
    </message>
    <message>
        <source>{what} is too long: {count} characters, {limit} at most. Please shorten it.</source>
        <translation>{what}: tiene demasiados caracteres ({count}; como máximo {limit}). Acórtalo, por favor.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>How many? Please choose a number from 1 to 999, or “lots”.</source>
        <translation>¿Cuántos? Elige un número del 1 al 999, o «muchos».</translation>
    </message>
    <message>
        <source>How many? Please use a whole number.</source>
        <translation>¿Cuántos? Usa un número entero, por favor.</translation>
    </message>
    <message>
        <source>How many? Please choose at least 1, or “lots”.</source>
        <translation>¿Cuántos? Elige al menos 1, o «muchos».</translation>
    </message>
    <message>
        <source>{count} is more than the table can count — choose up to {most}, or “lots”.</source>
        <translation>{count} es más de lo que la mesa puede contar: elige hasta {most}, o «muchos».</translation>
    </message>
    <message>
        <source>That is no longer here.</source>
        <translation>Eso ya no está aquí.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Responde sí o no, por favor.</translation>
    </message>
    <message>
        <source>That setting cannot be kept.</source>
        <translation>Ese ajuste no se puede guardar.</translation>
    </message>
    <message>
        <source>Food labels print on {papers}, not &apos;{paper}&apos;.</source>
        <translation>Las etiquetas de comida se imprimen en {papers}, no en &apos;{paper}&apos;.</translation>
    </message>
    <message>
        <source>No PIN was typed, so nothing was changed.</source>
        <translation>No se escribió ningún PIN, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Detenido; no se cambió nada.</translation>
    </message>
    <message>
        <source>That PIN is easy to guess (a digit repeated, a run like 1234, a year or another common one): anyone poking the pad may find it. Six digits that are not a date or a pattern are much safer.</source>
        <translation>Ese PIN es fácil de adivinar (una cifra repetida, una serie como 1234, un año u otro muy común): cualquiera que toque el teclado puede encontrarlo. Seis cifras que no sean una fecha ni un patrón son mucho más seguras.</translation>
    </message>
    <message>
        <source>Keep it anyway? Type yes to keep it: </source>
        <translation>¿Conservarlo de todos modos? Escriba sí para conservarlo: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>New steward PIN (4 to 8 digits): </source>
        <translation>PIN nuevo del voluntariado (de 4 a 8 cifras): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>El mismo PIN otra vez: </translation>
    </message>
    <message>
        <source>The stewards&apos; PIN for {db} is set.</source>
        <translation>El PIN del voluntariado de {db} ya está puesto.</translation>
    </message>
    <message>
        <source>Nothing was changed; please run set-pin again and choose another PIN, six digits if you can.</source>
        <translation>No se cambió nada; ejecute set-pin otra vez y elija otro PIN, de seis cifras si puede.</translation>
    </message>
    <message>
        <source>The two PINs were different, so nothing was changed.</source>
        <translation>Los dos PIN eran distintos, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Wrote this kiosk&apos;s setup to {path}.</source>
        <translation>Se escribió la configuración de este quiosco en {path}.</translation>
    </message>
    <message>
        <source>This kiosk now uses the setup in {path}.</source>
        <translation>Este quiosco ya usa la configuración de {path}.</translation>
    </message>
    <message>
        <source>There is no data file at {path}.</source>
        <translation>No hay ningún archivo de datos en {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read.</source>
        <translation>No se puede leer el archivo de datos {path}.</translation>
    </message>
    <message>
        <source>{path} is the data file itself; please write to another file, so nothing is overwritten.</source>
        <translation>{path} es el propio archivo de datos; escribe en otro archivo, por favor, para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>{path} is part of the data file {db}; please write to another file, so nothing is overwritten.</source>
        <translation>{path} es parte del archivo de datos {db}; escribe en otro archivo, por favor, para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file name this command can use; please give a plain path.</source>
        <translation>«{path}» no es un nombre de archivo que este comando pueda usar; indique una ruta sencilla.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{name}&apos;; the commands are: {commands}.</source>
        <translation>Orden desconocida «{name}»; las órdenes son: {commands}.</translation>
    </message>
    <message>
        <source>{db} already holds markets; the demo only fills an empty data file, so nothing was added.</source>
        <translation>{db} ya tiene mercados; el ejemplo solo llena un archivo de datos vacío, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>Filled {db} with a demo market.</source>
        <translation>{db} se llenó con un mercado de ejemplo.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <source>The paper &apos;{paper}&apos; is for food labels (--kind food-labels); signs print on a4 or letter.</source>
        <translation>El papel &apos;{paper}&apos; es para etiquetas de comida (--kind food-labels); los carteles se imprimen en a4 o letter.</translation>
    </message>
    <message>
        <source>Unknown kind of sign &apos;{kind}&apos;; choose from {kinds}.</source>
        <translation>Tipo de cartel desconocido «{kind}»; elige entre {kinds}.</translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file; nothing was written.</source>
        <translation>Las tarjetas de saberes llevan los contactos de las personas, así que solo se imprimen, nunca se guardan como archivo; no se escribió nada.</translation>
    </message>
    <message>
        <source>Unknown screen &apos;{screen}&apos;; choose from {screens}.</source>
        <translation>Pantalla desconocida «{screen}»; elige entre {screens}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of signs to {out}.</source>
        <translation>
            <numerusform>Se escribió %n página de carteles en {out}.</numerusform>
            <numerusform>Se escribieron %n páginas de carteles en {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of food labels to {out}.</source>
        <translation>
            <numerusform>Se escribió %n página de etiquetas de comida en {out}.</numerusform>
            <numerusform>Se escribieron %n páginas de etiquetas de comida en {out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot write beside its data file.</source>
        <translation>El quiosco no puede escribir junto a su archivo de datos.</translation>
    </message>
    <message>
        <source>The kiosk is already running on this file.</source>
        <translation>El quiosco ya está funcionando con este archivo.</translation>
    </message>
    <message>
        <source>The stewards&apos; PIN cannot be read from the data file.</source>
        <translation>No se puede leer el PIN del voluntariado del archivo de datos.</translation>
    </message>
    <message>
        <source>Skipped {where}: {why}.</source>
        <translation>Se omitió {where}: {why}.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s journal file {file} no longer matches its checksum.</source>
        <translation>El archivo de registro {file} de este quiosco ya no coincide con su suma de control.</translation>
    </message>
    <message>
        <source>There is no folder at {path}.</source>
        <translation>No hay ninguna carpeta en {path}.</translation>
    </message>
    <message>
        <source>The folder {path} holds another market&apos;s journals, so nothing was exchanged.</source>
        <translation>La carpeta {path} tiene los registros de otro mercado, así que no se intercambió nada.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>No se puede escribir en la carpeta {path}.</translation>
    </message>
    <message>
        <source>two kiosks use the same kiosk id (was a data file copied?)</source>
        <translation>dos quioscos usan el mismo identificador de quiosco (¿se copió un archivo de datos?)</translation>
    </message>
    <message>
        <source>this kiosk could not fold it</source>
        <translation>este quiosco no pudo incorporarlo</translation>
    </message>
    <message>
        <source>its name is not a journal file&apos;s name</source>
        <translation>su nombre no es el de un archivo de registro</translation>
    </message>
    <message>
        <source>it is another market&apos;s journal</source>
        <translation>es el registro de otro mercado</translation>
    </message>
    <message>
        <source>its name does not match its first event</source>
        <translation>su nombre no coincide con su primer evento</translation>
    </message>
    <message>
        <source>another kiosk writes with this kiosk&apos;s id (was a data file copied?)</source>
        <translation>otro quiosco escribe con el identificador de este quiosco (¿se copió un archivo de datos?)</translation>
    </message>
    <message>
        <source>A kiosk is running on {db}, so nothing was exchanged; it exchanges on its own.</source>
        <translation>Un quiosco está funcionando con {db}, así que no se intercambió nada; él mismo hace los intercambios.</translation>
    </message>
    <message>
        <source>A paired kiosk keeps another market, and this kiosk has already shared with others, so they did not become one market: on that kiosk, tap Leave, then Add a kiosk again.</source>
        <translation>Un quiosco emparejado lleva otro mercado y este quiosco ya compartió con otros, así que no se unieron en un solo mercado: en aquel quiosco, toque Salir y luego otra vez Añadir un quiosco.</translation>
    </message>
    <message>
        <source>This data file is not on a disk, so it cannot share.</source>
        <translation>Este archivo de datos no está en un disco, así que no puede compartir.</translation>
    </message>
    <message>
        <source>There are no kiosk journals on this stick.</source>
        <translation>No hay registros de quioscos en esta memoria.</translation>
    </message>
    <message>
        <source>Several kiosks needs the Debian package “syncthing”; please install it (sudo apt install syncthing).</source>
        <translation>Varios quioscos necesita el paquete de Debian «syncthing»; instálalo, por favor (sudo apt install syncthing).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s Syncthing did not start, so kiosks cannot share for now.</source>
        <translation>El Syncthing del quiosco no arrancó, así que por ahora los quioscos no pueden compartir.</translation>
    </message>
    <message>
        <source>{path} is a folder; please give a file name.</source>
        <translation>{path} es una carpeta; indica un nombre de archivo, por favor.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Nothing could be written to {path}.</source>
        <translation>No se pudo escribir nada en {path}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}.</source>
        <translation>No se puede escribir en {path}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}.</source>
        <translation>No se puede escribir en {path}: {reason}.</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>El disco es de solo lectura</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Es una carpeta</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>No es una carpeta</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Error al leer o escribir en el disco</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Se superó la cuota del disco</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>El archivo es demasiado grande</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>El nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>El dispositivo está ocupado</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>No existe el dispositivo</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>No existe el dispositivo o la dirección</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Nombre o valor no válido</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>La carpeta no está vacía</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>The format &apos;{format}&apos; is not one of {formats}.</source>
        <translation>El formato «{format}» no es uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>PDF export needs the kiosk&apos;s display part, which is not available.</source>
        <translation>Exportar a PDF necesita la parte gráfica del quiosco, que no está disponible.</translation>
    </message>
    <message>
        <source>Please choose offers from the list.</source>
        <translation>Elige ofertas de la lista, por favor.</translation>
    </message>
    <message>
        <source>Please choose a weight from 0 to 50 kg.</source>
        <translation>Elige un peso de 0 a 50 kg, por favor.</translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation>Todavía no hay mercados.</translation>
    </message>
    <message>
        <source>The event should be a number or &apos;latest&apos;, not &apos;{which}&apos;.</source>
        <translation>El mercado debe ser un número o «latest», no «{which}».</translation>
    </message>
    <message>
        <source>Close this market before deleting its details.</source>
        <translation>Cierra este mercado antes de borrar sus detalles.</translation>
    </message>
    <message>
        <source>{name} is not a Commons Table setup, so nothing was changed.</source>
        <translation>{name} no es una configuración de Commons Table, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>{name} is too big to be a kiosk&apos;s setup, so nothing was changed.</source>
        <translation>{name} es demasiado grande para ser la configuración de un quiosco, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Commons Table; nothing was changed.</source>
        <translation>{name} lo escribió un Commons Table más nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>In {name}, {entry} is not something this kiosk can keep, so nothing was changed.</source>
        <translation>En {name}, {entry} no es algo que este quiosco pueda guardar, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>There is no setup ({file}) on {place}.</source>
        <translation>No hay ninguna configuración ({file}) en {place}.</translation>
    </message>
    <message>
        <source>Choose where the food came from.</source>
        <translation>Elige de dónde vino la comida.</translation>
    </message>
    <message>
        <source>Plates are counted 1 to {most} at a time.</source>
        <translation>Los platos se cuentan de 1 a {most} cada vez.</translation>
    </message>
    <message>
        <source>Type the weight in kg, or how many pieces.</source>
        <translation>Escribe el peso en kg o cuántas piezas.</translation>
    </message>
    <message>
        <source>Please type a weight from 0.1 to {most} kg.</source>
        <translation>Escribe un peso de 0,1 a {most} kg.</translation>
    </message>
    <message>
        <source>Please count from 1 to {most} pieces.</source>
        <translation>Cuenta de 1 a {most} piezas.</translation>
    </message>
    <message>
        <source>Say what it is: type a few words or tap a kind of food.</source>
        <translation>Di qué es: escribe unas palabras o toca un tipo de comida.</translation>
    </message>
    <message>
        <source>That is too long for a label; please shorten it.</source>
        <translation>Es demasiado largo para una etiqueta; acórtalo, por favor.</translation>
    </message>
    <message>
        <source>Eat by must be on or after the day it was made, and at most 7 days later.</source>
        <translation>«Consumir antes del» debe ser el día en que se hizo o después, y como mucho 7 días más tarde.</translation>
    </message>
    <message>
        <source>Between 1 and {most} labels at a time.</source>
        <translation>Entre 1 y {most} etiquetas cada vez.</translation>
    </message>
    <message>
        <source>an event of another kiosk inside a kiosk&apos;s journal</source>
        <translation>un evento de otro quiosco dentro del registro de un quiosco</translation>
    </message>
    <message>
        <source>an event with {what}</source>
        <translation>un evento con {what}</translation>
    </message>
    <message>
        <source>words that are not words</source>
        <translation>palabras que no son palabras</translation>
    </message>
    <message>
        <source>a date that is not a date</source>
        <translation>una fecha que no es una fecha</translation>
    </message>
    <message>
        <source>a reference that is not a thing&apos;s id</source>
        <translation>una referencia que no es el identificador de una cosa</translation>
    </message>
    <message>
        <source>a yes/no that is neither</source>
        <translation>un sí/no que no es ninguno de los dos</translation>
    </message>
    <message>
        <source>a list that is not a short list of words</source>
        <translation>una lista que no es una lista corta de palabras</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>un número fuera de rango</translation>
    </message>
    <message>
        <source>a welcome text that is not one</source>
        <translation>un texto de bienvenida que no lo es</translation>
    </message>
    <message>
        <source>sign languages that are not languages</source>
        <translation>idiomas de carteles que no son idiomas</translation>
    </message>
    <message>
        <source>a choice of sign categories that is none</source>
        <translation>una elección de tipos de cartel que no es ninguna</translation>
    </message>
    <message>
        <source>chosen categories that are not categories</source>
        <translation>tipos elegidos que no son tipos</translation>
    </message>
    <message>
        <source>weights that are not weights</source>
        <translation>pesos que no son pesos</translation>
    </message>
    <message>
        <source>a skills gathering that is not one</source>
        <translation>un encuentro de saberes que no lo es</translation>
    </message>
    <message>
        <source>a market day that is not one</source>
        <translation>un día de mercado que no lo es</translation>
    </message>
    <message>
        <source>leftovers that are neither kept nor handed off</source>
        <translation>sobrantes que ni se guardan ni se entregan</translation>
    </message>
    <message>
        <source>a category that is not one</source>
        <translation>un tipo que no lo es</translation>
    </message>
    <message>
        <source>a quantity that is not from 1 to 999</source>
        <translation>una cantidad que no está entre 1 y 999</translation>
    </message>
    <message>
        <source>an event with {field} out of range</source>
        <translation>un evento con {field} fuera de rango</translation>
    </message>
    <message>
        <source>food rescued from a kind of source this version does not know</source>
        <translation>comida rescatada de un tipo de origen que esta versión no conoce</translation>
    </message>
    <message>
        <source>a quarter hour that is not one</source>
        <translation>un cuarto de hora que no lo es</translation>
    </message>
    <message>
        <source>a setting without a name</source>
        <translation>un ajuste sin nombre</translation>
    </message>
    <message>
        <source>a line is not an event</source>
        <translation>una línea no es un evento</translation>
    </message>
    <message>
        <source>an event without a type</source>
        <translation>un evento sin tipo</translation>
    </message>
    <message>
        <source>an event of type {type} from a newer Commons Table</source>
        <translation>un evento de tipo {type} de un Commons Table más nuevo</translation>
    </message>
    <message>
        <source>an event without a proper kiosk id and sequence</source>
        <translation>un evento sin identificador de quiosco ni número de orden válidos</translation>
    </message>
    <message>
        <source>an event with a wrong id or a time finer than a quarter hour</source>
        <translation>un evento con un identificador erróneo o una hora más precisa que un cuarto de hora</translation>
    </message>
    <message>
        <source>an event that names a person</source>
        <translation>un evento que nombra a una persona</translation>
    </message>
    <message>
        <source>it is far bigger than any journal file</source>
        <translation>es mucho más grande que cualquier archivo de registro</translation>
    </message>
    <message>
        <source>its first line is not a journal header</source>
        <translation>su primera línea no es un encabezado de registro</translation>
    </message>
    <message>
        <source>it is not a Commons Table journal</source>
        <translation>no es un registro de Commons Table</translation>
    </message>
    <message>
        <source>it was written by a newer Commons Table</source>
        <translation>lo escribió un Commons Table más nuevo</translation>
    </message>
    <message>
        <source>it is truncated or damaged (its checksum does not match)</source>
        <translation>está cortado o dañado (su suma de control no coincide)</translation>
    </message>
    <message>
        <source>it does not belong to the kiosk folder it is in</source>
        <translation>no pertenece a la carpeta de quiosco en la que está</translation>
    </message>
    <message>
        <source>its header&apos;s numbers are not a journal file&apos;s</source>
        <translation>los números de su encabezado no son los de un archivo de registro</translation>
    </message>
    <message>
        <source>it holds fewer events than its header says</source>
        <translation>tiene menos eventos de los que dice su encabezado</translation>
    </message>
    <message>
        <source>one of its lines is garbled</source>
        <translation>una de sus líneas está estropeada</translation>
    </message>
    <message>
        <source>its events are not numbered one after another</source>
        <translation>sus eventos no están numerados uno tras otro</translation>
    </message>
    <message>
        <source>{why} (line {line})</source>
        <translation>{why} (línea {line})</translation>
    </message>
    <message>
        <source>this folder holds another market&apos;s journals</source>
        <translation>esta carpeta tiene los registros de otro mercado</translation>
    </message>
    <message>
        <source>an event that refers to a {found} as if it were a {need}</source>
        <translation>un evento que se refiere a un {found} como si fuera un {need}</translation>
    </message>
    <message>
        <source>a thing listed in a category this kiosk does not know ({category})</source>
        <translation>una cosa anotada en un tipo que este quiosco no conoce ({category})</translation>
    </message>
    <message>
        <source>a want in a category this kiosk does not know ({category})</source>
        <translation>una búsqueda en un tipo que este quiosco no conoce ({category})</translation>
    </message>
    <message>
        <source>an event with this kiosk&apos;s id came from outside</source>
        <translation>llegó de fuera un evento con el identificador de este quiosco</translation>
    </message>
    <message>
        <source>events of type {type} come from a newer Commons Table</source>
        <translation>los eventos de tipo {type} vienen de un Commons Table más nuevo</translation>
    </message>
    <message>
        <source>the PDF came out incomplete, perhaps the disk is full</source>
        <translation>el PDF quedó incompleto, quizá el disco esté lleno</translation>
    </message>
</context>
</TS>
