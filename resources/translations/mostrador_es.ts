<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="62"/>
        <source>Add a concrete action</source>
        <translation>Añadir una acción concreta</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="83"/>
        <source>A person&apos;s name, e.g. Lucía Fernández</source>
        <translation>El nombre de una persona, p. ej. Lucía Fernández</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="96"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="98"/>
        <source>Write this in the reply, at the cursor:</source>
        <translation>Escribir esto en la respuesta, donde está el cursor:</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../ui/account_dialog.py" line="31"/>
        <source>Add a support inbox</source>
        <translation>Añadir un buzón de soporte</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="35"/>
        <source>e.g. Support</source>
        <translation>p. ej. Soporte</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="47"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="48"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="49"/>
        <source>None (this computer only)</source>
        <translation>Ninguna (solo este equipo)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="54"/>
        <source>the e-mail address, if empty</source>
        <translation>la dirección de correo, si se deja vacío</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="63"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="64"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="65"/>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="66"/>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="67"/>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="68"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="69"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="70"/>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="71"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="72"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="99"/>
        <source>Give the IMAP server&apos;s name.</source>
        <translation>Indica el nombre del servidor IMAP.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="103"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="112"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer/composer.py" line="229"/>
        <source>Reply to ticket #%1</source>
        <translation>Responder al caso #%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="250"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="258"/>
        <source>Insert a saved reply…</source>
        <translation>Insertar una respuesta guardada…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="262"/>
        <source>Replying as</source>
        <translation>Respondes como</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="269"/>
        <source>Write to the customer: what you are doing about it, how much or which, and when.</source>
        <translation>Escribe al cliente: qué vas a hacer, cuánto o cuál, y cuándo.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="285"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="288"/>
        <location filename="../../ui/composer/composer.py" line="469"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="293"/>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="295"/>
        <source>The gate does not recognise how the text states your actions. A supervisor reads it and decides; nothing goes out before.</source>
        <translation>La puerta no reconoce cómo el texto cuenta tus acciones. Un supervisor la lee y decide; no sale nada antes.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="299"/>
        <source>Close (draft kept)</source>
        <translation>Cerrar (se guarda el borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="343"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="351"/>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="358"/>
        <source>Quoted below your reply:</source>
        <translation>Se cita debajo de tu respuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="452"/>
        <source>Ready to send: the reply commits to a concrete action and says so.</source>
        <translation>Lista para enviar: la respuesta se compromete a una acción concreta y lo dice.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="457"/>
        <source>Not sent. The reply still needs:</source>
        <translation>No se ha enviado. A la respuesta le falta:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="458"/>
        <source>Before you send, the reply needs:</source>
        <translation>Antes de enviar, a la respuesta le falta:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="463"/>
        <source>Sure the reply says it? Send it for review: a supervisor reads it and decides.</source>
        <translation>¿Seguro que la respuesta lo dice? Envíala a revisión: un supervisor la lee y decide.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="469"/>
        <source>Send for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="475"/>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="475"/>
        <source>flattery</source>
        <translation>halago</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="475"/>
        <source>vague promise</source>
        <translation>promesa vaga</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="476"/>
        <source>passing it on</source>
        <translation>traslado sin responsable</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="479"/>
        <source>Highlighted:</source>
        <translation>Resaltado:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="497"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="587"/>
        <source>waits for a supervisor&apos;s approval</source>
        <translation>espera la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="588"/>
        <source>is in the outbox and goes out now</source>
        <translation>está en la bandeja de salida y sale ahora</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="116"/>
        <source>Reply… (r)</source>
        <translation>Responder… (r)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="167"/>
        <source>No ticket selected</source>
        <translation>Ningún caso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="169"/>
        <source>Pick a ticket in the queue to read the whole conversation and what was promised.</source>
        <translation>Elige un caso de la cola para leer toda la conversación y lo que se prometió.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="245"/>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="264"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="250"/>
        <source>Save the original message</source>
        <translation>Guardar el mensaje original</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="279"/>
        <source>Sample tickets cannot be answered: their inbox is not real.</source>
        <translation>Los casos de ejemplo no se pueden responder: su buzón no es real.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="293"/>
        <source>This customer&apos;s other tickets</source>
        <translation>Otros casos de este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="302"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="302"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="314"/>
        <source>Remote images are blocked: loading them tells the sender you opened this.</source>
        <translation>Las imágenes remotas están bloqueadas: cargarlas le dice al remitente que abriste el mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="315"/>
        <source>Load them for this message</source>
        <translation>Cargarlas en este mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="315"/>
        <source>Always for this sender</source>
        <translation>Siempre para este remitente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="326"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="332"/>
        <source>Arrived damaged, shown as well as possible:</source>
        <translation>Llegó dañado; se muestra lo mejor posible:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="333"/>
        <source>Save the original…</source>
        <translation>Guardar el original…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="340"/>
        <source>Split into a new ticket</source>
        <translation>Separar en un caso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="367"/>
        <source>Actions promised</source>
        <translation>Acciones prometidas</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="402"/>
        <source>%1 wrote again; it was %2, and is new again with a fresh response deadline.</source>
        <translation>%1 volvió a escribir; estaba %2 y vuelve a ser nuevo, con un plazo de respuesta nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="403"/>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="406"/>
        <source>the sender is blocked</source>
        <translation>el remitente está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="407"/>
        <source>the mail server&apos;s spam filter marked it as spam</source>
        <translation>el filtro antispam del servidor de correo lo marcó como spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="409"/>
        <source>an automatic reply or a bounce: kept, nobody waits for an answer</source>
        <translation>una respuesta automática o un rebote: se guarda, nadie espera respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="410"/>
        <source>sent from another mail program, in reply to no ticket: kept</source>
        <translation>enviado desde otro programa de correo, sin responder a ningún ticket: se guarda</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="412"/>
        <source>the sender could not be read; the original can be saved from the message</source>
        <translation>no se pudo leer el remitente; el original se puede guardar desde el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="355"/>
        <source>Mark done…</source>
        <translation>Marcar como hecha…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="372"/>
        <source>Internal notes (never sent)</source>
        <translation>Notas internas (nunca se envían)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="388"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="397"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="289"/>
        <source>The customer&apos;s score: %1 of 5</source>
        <translation>Valoración del cliente: %1 de 5</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <location filename="../../ui/guide/crisis.py" line="156"/>
        <source>Crisis mode</source>
        <translation>Modo crisis</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="163"/>
        <source>An outage or a billing error touches many customers at once. Declare it, link the affected tickets (new mail that matches joins by itself), and keep every customer told: what is being done, by when, and when the next news comes.</source>
        <translation>Una caída o un error de facturación afecta a muchos clientes a la vez. Decláralo, vincula los casos afectados (el correo nuevo que coincida se une solo) y mantén a cada cliente informado: qué se está haciendo, para cuándo y cuándo llegará la próxima noticia.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="170"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="170"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="170"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="170"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="170"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="171"/>
        <source>Acknowledged</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="171"/>
        <source>Median wait</source>
        <translation>Espera mediana</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="171"/>
        <source>With an action</source>
        <translation>Con acción</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="171"/>
        <source>Follow-ups kept</source>
        <translation>Seguimientos cumplidos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="177"/>
        <source>No incident. When something breaks for many customers, declare it here.</source>
        <translation>Ningún incidente. Cuando algo falle para muchos clientes, decláralo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="182"/>
        <source>Declare incident…</source>
        <translation>Declarar incidente…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="184"/>
        <source>Link selected tickets</source>
        <translation>Vincular los casos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="185"/>
        <source>Write update…</source>
        <translation>Escribir actualización…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="187"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="188"/>
        <source>Public log…</source>
        <translation>Nota pública…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="199"/>
        <source>Timeline of the selected incident:</source>
        <translation>Historial del incidente seleccionado:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="219"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="290"/>
        <location filename="../../ui/guide/crisis.py" line="293"/>
        <source>Declare incident</source>
        <translation>Declarar incidente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="290"/>
        <source>What is happening?</source>
        <translation>¿Qué está pasando?</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="294"/>
        <source>Words that new mail about it contains (optional):</source>
        <translation>Palabras que contiene el correo nuevo sobre ello (opcional):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="297"/>
        <source>Incident declared.</source>
        <translation>Incidente declarado.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="304"/>
        <source>Select the affected tickets in the queue first.</source>
        <translation>Primero selecciona en la cola los casos afectados.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="308"/>
        <source>Tickets linked.</source>
        <translation>Casos vinculados.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="325"/>
        <source>Update queued for %1 customers.</source>
        <translation>Actualización en cola para %1 clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="332"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="333"/>
        <source>What went wrong and what was changed (for the public log):</source>
        <translation>Qué falló y qué se ha cambiado (para la nota pública):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="352"/>
        <source>Incident resolved and every affected customer told.</source>
        <translation>Incidente resuelto y cada cliente afectado informado.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="358"/>
        <source>Public log</source>
        <translation>Nota pública</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="370"/>
        <source>Wrote %1 and %2.</source>
        <translation>Escritos %1 y %2.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="124"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="126"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="127"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="130"/>
        <source>complaints</source>
        <translation>quejas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="131"/>
        <source>first response, median (90%: %1)</source>
        <translation>primera respuesta, mediana (90 %: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="132"/>
        <source>answered within target</source>
        <translation>respondidas dentro del objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="133"/>
        <source>resolution, median (90%: %1)</source>
        <translation>resolución, mediana (90 %: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="134"/>
        <source>resolved within target</source>
        <translation>resueltas dentro del objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="136"/>
        <source>satisfaction (1-5), %1 answers</source>
        <translation>satisfacción (1-5), %1 respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="142"/>
        <source>Complaints per day</source>
        <translation>Quejas por día</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="143"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="145"/>
        <source>Complaints by kind</source>
        <translation>Quejas por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="147"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="150"/>
        <source>Replies refused by the gate, per agent (coaching)</source>
        <translation>Respuestas rechazadas por la puerta, por agente (formación)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="152"/>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="158"/>
        <source>Promises by kind: kept, late, missed, open</source>
        <translation>Promesas por tipo: cumplidas, tarde, incumplidas, abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="162"/>
        <source>kept</source>
        <translation>cumplidas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="162"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="163"/>
        <source>missed</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="163"/>
        <source>open</source>
        <translation>abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="183"/>
        <source>Satisfaction per day (1 to 5)</source>
        <translation>Satisfacción por día (1 a 5)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="188"/>
        <source>Scores of %1</source>
        <translation>Valoraciones del %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="195"/>
        <source>day of the period</source>
        <translation>día del periodo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="206"/>
        <source>their tickets</source>
        <translation>sus casos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="206"/>
        <source>What customers said</source>
        <translation>Lo que dijeron los clientes</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="207"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="207"/>
        <source>Lessons: what changed</source>
        <translation>Lecciones: qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="218"/>
        <source>%1 customers, %2 acknowledged, %3 with an action, %4 of %5 follow-ups kept</source>
        <translation>%1 clientes, %2 respondidos, %3 con acción, %4 de %5 seguimientos cumplidos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="226"/>
        <source>%1 of %2 customers told</source>
        <translation>%1 de %2 clientes informados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="232"/>
        <source>No repeat complainers, comments, incidents or lessons in this period.</source>
        <translation>Sin clientes que repiten queja, comentarios, incidentes ni lecciones en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="206"/>
        <source>Repeat complainers</source>
        <translation>Clientes que repiten queja</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="278"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="291"/>
        <source>All inboxes</source>
        <translation>Todos los buzones</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="292"/>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="293"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="295"/>
        <source>Export figures (CSV)…</source>
        <translation>Exportar cifras (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="298"/>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="298"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="334"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="340"/>
        <source>Click a bar to see the tickets behind it.</source>
        <translation>Pulsa una barra para ver los casos que hay detrás.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="361"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="379"/>
        <location filename="../../ui/supervisor/dashboard.py" line="389"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="385"/>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="21"/>
        <source>Welcome to Mostrador</source>
        <translation>Bienvenido a Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="29"/>
        <source>Every support inbox in one queue, and every answer a concrete action: a refund, a replacement, a repair, a correction, with an owner and a date. Mostrador keeps each promise visible until it is kept and the customer is told.</source>
        <translation>Todos los buzones de soporte en una sola cola, y cada respuesta una acción concreta: un reembolso, una sustitución, una reparación, una corrección, con responsable y fecha. Mostrador mantiene cada promesa a la vista hasta que se cumple y se le cuenta al cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="35"/>
        <source>Add a support inbox…</source>
        <translation>Añadir un buzón de soporte…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40"/>
        <source>Connect an IMAP inbox (support@, facturacion@...). The password is kept in your system&apos;s keyring, never in Mostrador&apos;s files.</source>
        <translation>Conecta un buzón IMAP (soporte@, facturacion@...). La contraseña se guarda en el llavero del sistema, nunca en los archivos de Mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="44"/>
        <source>Try it with sample data</source>
        <translation>Probar con datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="48"/>
        <source>Loads 300 invented tickets in Spanish and English, clearly marked as sample. You can remove them in one click later.</source>
        <translation>Carga 300 casos inventados en español e inglés, marcados como ejemplo. Puedes quitarlos después con un clic.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../../ui/composer/reasons.py" line="19"/>
        <source>Add at least one concrete action (refund, replacement, repair, correction...) in the panel on the right.</source>
        <translation>Añade al menos una acción concreta (reembolso, sustitución, reparación, corrección...) en el panel de la derecha.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="21"/>
        <source>No concrete action: say what you are doing about it.</source>
        <translation>Ninguna acción concreta: di qué vas a hacer al respecto.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="22"/>
        <source>No date or deadline: say when it will happen.</source>
        <translation>Sin fecha ni plazo: di cuándo ocurrirá.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="23"/>
        <source>The refund or credit has no amount: say how much.</source>
        <translation>El reembolso o abono no tiene importe: di cuánto.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="24"/>
        <source>“%phrase” is not a date: give one.</source>
        <translation>«%phrase» no es una fecha: da una.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="25"/>
        <source>Apologies and thanks are welcome beside an action, never instead of one.</source>
        <translation>Las disculpas y el agradecimiento son bienvenidos junto a una acción, nunca en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="26"/>
        <source>Passing the complaint on needs a named owner and a date, or it commits to nothing.</source>
        <translation>Trasladar la queja necesita un responsable con nombre y una fecha; si no, no compromete a nada.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="28"/>
        <source>The %kind needs: %fields.</source>
        <translation>Falta en la acción «%kind»: %fields.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="29"/>
        <source>The reply does not tell the customer about the %kind: say what you are doing.</source>
        <translation>La respuesta no le cuenta al cliente la acción «%kind»: di qué vas a hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="30"/>
        <source>The reply says %written, but the %kind is %amount: make them agree.</source>
        <translation>La respuesta dice %written, pero la acción «%kind» es de %amount: haz que coincidan.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="32"/>
        <source>Add the amount: the %kind is %amount.</source>
        <translation>Añade el importe: la acción «%kind» es de %amount.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="33"/>
        <source>Say when: the %kind is due %date.</source>
        <translation>Di cuándo: la acción «%kind» vence el %date.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="34"/>
        <source>Name the owner in the reply: %owner.</source>
        <translation>Nombra al responsable en la respuesta: %owner.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="35"/>
        <source>The answer is missing: write it in the reply, beyond apologies and thanks.</source>
        <translation>Falta la respuesta: escríbela, más allá de disculpas y agradecimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="36"/>
        <source>The %kind of %amount is above your limit of %limit; a supervisor must approve it.</source>
        <translation>La acción «%kind» de %amount supera tu límite de %limit; debe aprobarla un supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="54"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="55"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="56"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="57"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="58"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reasons.py" line="59"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Product defect</source>
        <translation>Producto defectuoso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Service outage</source>
        <translation>Caída del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Attention received</source>
        <translation>Atención recibida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Repair visit</source>
        <translation>Visita de reparación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Credit or discount</source>
        <translation>Abono o descuento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Process change</source>
        <translation>Cambio de proceso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Answer given</source>
        <translation>Respuesta dada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>awaiting approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>promised</source>
        <translation>prometida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>done</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>missed</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Sent (copy not yet in Sent)</source>
        <translation>Enviada (copia aún no en Enviados)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Delivery uncertain</source>
        <translation>Entrega incierta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>reply queued</source>
        <translation>respuesta en cola</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>reply waits for approval</source>
        <translation>respuesta pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>reply sent for a supervisor&apos;s review</source>
        <translation>respuesta enviada a revisión de un supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>reply approved</source>
        <translation>respuesta aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>reply returned to its author</source>
        <translation>respuesta devuelta a su autor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>reply sent</source>
        <translation>respuesta enviada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>sending will be tried again</source>
        <translation>se volverá a intentar el envío</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>the server refused the reply</source>
        <translation>el servidor rechazó la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>delivery uncertain</source>
        <translation>entrega incierta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>reply found in Sent</source>
        <translation>respuesta encontrada en Enviados</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>reply queued again</source>
        <translation>respuesta en cola de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>reply recorded as sent</source>
        <translation>respuesta registrada como enviada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>promise kept</source>
        <translation>promesa cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>promise past its date</source>
        <translation>promesa fuera de plazo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>customer&apos;s score received</source>
        <translation>valoración del cliente recibida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>guide started</source>
        <translation>guía empezada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>guide step done</source>
        <translation>paso de la guía hecho</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>guide step skipped</source>
        <translation>paso de la guía saltado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>linked to an incident</source>
        <translation>vinculado a un incidente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>incident update queued</source>
        <translation>actualización del incidente en cola</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>change undone</source>
        <translation>cambio deshecho</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>internal note added</source>
        <translation>nota interna añadida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>another ticket merged in</source>
        <translation>otro caso fusionado aquí</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>merged into another ticket</source>
        <translation>fusionado con otro caso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>a message split off</source>
        <translation>un mensaje separado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>split from another ticket</source>
        <translation>separado de otro caso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>incident declared</source>
        <translation>incidente declarado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>update sent to every affected customer</source>
        <translation>actualización enviada a cada cliente afectado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>incident resolved</source>
        <translation>incidente resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>lesson recorded</source>
        <translation>lección registrada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>review note imported</source>
        <translation>nota de revisión importada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>reopened: the customer wrote again</source>
        <translation>reabierto: el cliente volvió a escribir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>filed as spam</source>
        <translation>archivado como spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>filed for the record</source>
        <translation>archivado como constancia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>language changed</source>
        <translation>idioma cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>check the promise</source>
        <translation>comprobar la promesa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>tell the customer it is done</source>
        <translation>contar al cliente que está hecho</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>waiting for the customer&apos;s score</source>
        <translation>esperando la valoración del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>follow up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Inbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>overdue %1</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Flagged on the mail server.</source>
        <translation>Marcado con bandera en el servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Deleted on the mail server; kept here with its ticket.</source>
        <translation>Borrado en el servidor de correo; se conserva aquí con su ticket.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Mostrador</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <location filename="../../ui/self_test.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Add a support inbox…</source>
        <translation>&amp;Añadir un buzón de soporte…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Remove sample data</source>
        <translation>&amp;Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Sync mail now</source>
        <translation>&amp;Sincronizar el correo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Crisis mode…</source>
        <translation>Modo &amp;crisis…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Playbooks…</source>
        <translation>&amp;Guías…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Supervise</source>
        <translation>&amp;Supervisar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Panel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Record a &amp;lesson…</source>
        <translation>Registrar una &amp;lección…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;About Mostrador</source>
        <translation>A&amp;cerca de Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Inbox added. Its password is in your keyring.</source>
        <translation>Buzón añadido. Su contraseña está en tu llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Writing sample tickets…</source>
        <translation>Creando casos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Removed %1 sample tickets.</source>
        <translation>Se han quitado %1 casos de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Start the folder afresh</source>
        <translation>Empezar la carpeta de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>%1 will be read again from the server as it is now. The messages stored before stay with their tickets, marked as no longer on the server. Go ahead?</source>
        <translation>%1 se leerá de nuevo del servidor tal como está ahora. Los mensajes guardados antes se quedan con sus tickets, marcados como que ya no están en el servidor. ¿Seguir?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>%1 starts afresh; the %2 messages stored before are kept.</source>
        <translation>%1 empieza de nuevo; se conservan los %2 mensajes guardados antes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Someone is replying</source>
        <translation>Alguien está respondiendo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>%1 is writing a reply to this ticket. Write one too?</source>
        <translation>%1 está escribiendo una respuesta a este ticket. ¿Escribir otra también?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Promise kept</source>
        <translation>Promesa cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>What changed because the customer complained? (optional, it goes into the message you can still edit)</source>
        <translation>¿Qué ha cambiado gracias a la queja del cliente? (opcional; va en el mensaje, que aún puedes editar)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Message split into ticket #%1. Ctrl+Z undoes it.</source>
        <translation>Mensaje separado en el caso #%1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>%1 promises are past their date: see Promises to keep.</source>
        <translation>%1 promesas han pasado su fecha: mira Promesas por cumplir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Reply #%1 %2.</source>
        <translation>La respuesta #%1 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Mostrador: review pack %1 (read-only)</source>
        <translation>Mostrador: paquete de revisión %1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Coaching note…</source>
        <translation>Nota de formación…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Review pack, read-only: nothing here changes the live queue or reaches a customer. Your coaching notes (N) and flags (F) are saved in this file; back at the office, `python -m workstation import review-notes %1` brings them in.</source>
        <translation>Paquete de revisión, solo lectura: nada de aquí cambia la cola real ni llega a un cliente. Tus notas de formación (N) y marcas (F) se guardan en este archivo; de vuelta en la oficina, `python -m workstation import review-notes %1` las incorpora.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Select a ticket of the kind of complaint the lesson is about.</source>
        <translation>Selecciona un caso del tipo de queja del que trata la lección.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <location filename="../../ui/main_window.py" line="415"/>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>What was the root cause?</source>
        <translation>¿Cuál fue la causa de fondo?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>What did we change?</source>
        <translation>¿Qué hemos cambiado?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Which words did the customers who complained about it use? Whole words; &quot;quotes&quot; for a phrase. Empty: only this ticket&apos;s customer.</source>
        <translation>¿Qué palabras usaron los clientes que se quejaron de esto? Palabras enteras; &quot;comillas&quot; para una frase. Vacío: solo el cliente de este ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Lesson recorded; %1 customers complained about this.</source>
        <translation>Lección registrada; %1 clientes se quejaron de esto.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Tell them what changed</source>
        <translation>Cuéntales qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Goes to each of the %1 customers who complained about this, on their latest ticket of that kind; {change} is what you changed.</source>
        <translation>Va a cada uno de los %1 clientes que se quejaron de esto, en su último caso de ese tipo; {change} es lo que has cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Hello {name}: because you told us, we have changed this: {change}. </source>
        <translation>Hola, {name}: gracias a que nos lo contaste, hemos cambiado esto: {change}. </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>%1 customers will hear what changed.</source>
        <translation>%1 clientes sabrán qué ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>There is no view %1.</source>
        <translation>No hay ninguna vista %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Some replies need you: open File › Outbox to decide.</source>
        <translation>Algunas respuestas te necesitan: abre Archivo › Bandeja de salida para decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>%1 replies sent.</source>
        <translation>%1 respuestas enviadas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>Something went wrong inside Mostrador (%1); details are in the log.</source>
        <translation>Algo ha fallado dentro de Mostrador (%1); los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>About Mostrador</source>
        <translation>Acerca de Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Mostrador: every support inbox in one queue, every answer a concrete action.</source>
        <translation>Mostrador: todos los buzones de soporte en una cola, cada respuesta una acción concreta.</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../../ui/composer/outbox_controller.py" line="67"/>
        <source>The outbox flush stopped.</source>
        <translation>El envío de la bandeja de salida se detuvo.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_controller.py" line="75"/>
        <source>The outbox flush could not start (%1).</source>
        <translation>El envío de la bandeja de salida no pudo empezar (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="52"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="61"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="61"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="61"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="61"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="62"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="68"/>
        <source>Nothing waiting: every reply was sent.</source>
        <translation>Nada pendiente: se enviaron todas las respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="81"/>
        <source>Select the words in the text that state the action</source>
        <translation>Selecciona en el texto las palabras que cuentan la acción</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="88"/>
        <source>When approving, teach the gate that</source>
        <translation>Al aprobar, enseñar a la puerta que</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="90"/>
        <source>states a</source>
        <translation>cuenta una acción de tipo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="98"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="100"/>
        <source>Return to author…</source>
        <translation>Devolver al autor…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="101"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="102"/>
        <source>The customer got it</source>
        <translation>El cliente la recibió</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="108"/>
        <source>Acting as</source>
        <translation>Actúas como</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="143"/>
        <source>Sent for review (the gate did not recognise the text)</source>
        <translation>Enviada a revisión (la puerta no reconoció el texto)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="171"/>
        <source>Sent for review: the gate refused it, though its actions are complete. Read it and decide:</source>
        <translation>Enviada a revisión: la puerta la rechazó, aunque sus acciones están completas. Léela y decide:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="175"/>
        <source>Waits for approval: %1</source>
        <translation>Espera aprobación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="198"/>
        <source>Return to author</source>
        <translation>Devolver al autor</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="199"/>
        <source>What should the author change?</source>
        <translation>¿Qué debe cambiar el autor?</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="56"/>
        <source>Playbooks</source>
        <translation>Guías</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="62"/>
        <source>New playbook…</source>
        <translation>Guía nueva…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="72"/>
        <source>Save to my playbooks</source>
        <translation>Guardar en mis guías</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="78"/>
        <source>Playbook:</source>
        <translation>Guía:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="107"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="111"/>
        <source>Valid: %1 steps.</source>
        <translation>Válida: %1 pasos.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="112"/>
        <source>Fix the problems listed to save.</source>
        <translation>Corrige los problemas de la lista para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="121"/>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="70"/>
        <location filename="../../ui/guide/playbook_panel.py" line="108"/>
        <location filename="../../ui/guide/playbook_panel.py" line="137"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="86"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="88"/>
        <source>Skip…</source>
        <translation>Saltar…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="109"/>
        <source>Pick a ticket: when it is a moment that decides whether the customer stays (an outage, a double charge, a public complaint...), a guide appears here.</source>
        <translation>Elige un caso: cuando sea un momento que decide si el cliente se queda (una caída, un cobro duplicado, una queja pública...), aquí aparece una guía.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="143"/>
        <source>No guide fits this ticket. Answer with a concrete action as usual.</source>
        <translation>Ninguna guía encaja con este caso. Responde con una acción concreta, como siempre.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="145"/>
        <source>This looks like a moment that decides whether the customer stays. Start the guide:</source>
        <translation>Parece un momento que decide si el cliente se queda. Empieza la guía:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="157"/>
        <source>%1 of %2 steps</source>
        <translation>%1 de %2 pasos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="164"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="166"/>
        <source>target %1 min</source>
        <translation>objetivo %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="188"/>
        <source>Done when there is: %1</source>
        <translation>Hecho cuando haya: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="198"/>
        <source>a reply to the customer</source>
        <translation>una respuesta al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="199"/>
        <source>the problem in the customer&apos;s words (you write it when marking done)</source>
        <translation>el problema con las palabras del cliente (lo escribes al marcarlo hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="200"/>
        <source>what we got wrong, said plainly (you write it when marking done)</source>
        <translation>en qué nos equivocamos, dicho claramente (lo escribes al marcarlo hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="201"/>
        <source>a reply that commits to a concrete action, through the resolution gate</source>
        <translation>una respuesta que se compromete a una acción concreta, a través de la puerta de resolución</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="202"/>
        <source>a follow-up with a date (every action&apos;s due date makes one)</source>
        <translation>un seguimiento con fecha (la fecha de cada acción crea uno)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="203"/>
        <source>an internal note naming who fixes the cause</source>
        <translation>una nota interna con quién arregla la causa</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="204"/>
        <source>the loop-closing message (Mark done… on a kept promise)</source>
        <translation>el mensaje que cierra el círculo (Marcar como hecha… en una promesa cumplida)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="205"/>
        <source>nothing more</source>
        <translation>nada más</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="245"/>
        <source>Skip a step</source>
        <translation>Saltar un paso</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="245"/>
        <source>Why is this step skipped?</source>
        <translation>¿Por qué se salta este paso?</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/presence.py" line="23"/>
        <source>%1 is replying</source>
        <translation>%1 está respondiendo</translation>
    </message>
    <message>
        <location filename="../../ui/presence.py" line="25"/>
        <source>%1 is viewing</source>
        <translation>%1 lo está viendo</translation>
    </message>
</context>
<context>
    <name>RecipientsArea</name>
    <message>
        <location filename="../../ui/composer/composer.py" line="148"/>
        <source>This ticket holds more than one customer. Answer:</source>
        <translation>Este ticket tiene más de un cliente. Responder a:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="157"/>
        <source>Addresses in copy, separated by commas</source>
        <translation>Direcciones en copia, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="161"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="162"/>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="169"/>
        <source>ticket&apos;s customer</source>
        <translation>cliente del ticket</translation>
    </message>
</context>
<context>
    <name>ResolutionPanel</name>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="168"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="171"/>
        <source>What will you do for the customer? Every reply commits to at least one concrete action, with a date.</source>
        <translation>¿Qué vas a hacer por el cliente? Cada respuesta se compromete al menos a una acción concreta, con fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="176"/>
        <source>No action yet.</source>
        <translation>Aún no hay ninguna acción.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="178"/>
        <source>Add action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resolution_panel.py" line="181"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="112"/>
        <source>Remove sample data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="132"/>
        <source>Sample data: %1 invented tickets, not real customers. Nothing here is sent to anyone.</source>
        <translation>Datos de ejemplo: %1 casos inventados, no son clientes reales. Desde aquí no se envía nada a nadie.</translation>
    </message>
</context>
<context>
    <name>SendCheck</name>
    <message>
        <location filename="../../ui/send_check.py" line="27"/>
        <source>%1 wrote at %2:</source>
        <translation>%1 escribió a las %2:</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="29"/>
        <source>%1 replied at %2:</source>
        <translation>%1 respondió a las %2:</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="74"/>
        <source>The ticket changed while you wrote</source>
        <translation>El ticket cambió mientras escribía</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="75"/>
        <source>Since you opened this reply:</source>
        <translation>Desde que abrió esta respuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="77"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="78"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SetAsideBanner</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="73"/>
        <source>Start this folder afresh (local copies kept)</source>
        <extracomment>Folders the sync set aside (the server renumbered them): an error until a person starts them afresh.</extracomment>
        <translation>Empezar esta carpeta de nuevo (se conservan las copias locales)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="89"/>
        <source>%1 · %2 is no longer synced: the server renumbered its messages and they could not be matched with the copies here. Nothing stored is lost.</source>
        <translation>%1 · %2 ya no se sincroniza: el servidor renumeró sus mensajes y no se pudieron emparejar con las copias de aquí. No se pierde nada de lo guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="93"/>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../ui/app.py" line="190"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="194"/>
        <source>The newest backup is {0}. Restoring it keeps the damaged file in the backups folder.</source>
        <translation>La copia de seguridad más reciente es {0}. Al restaurarla, el archivo dañado se guarda en la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="197"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="199"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="80"/>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="104"/>
        <source>%1: %2 of %3 messages (%4/s)</source>
        <translation>%1: %2 de %3 mensajes (%4/s)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="109"/>
        <source>%1: up to date (%2 new)</source>
        <translation>%1: al día (%2 nuevos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="131"/>
        <source>The sync stopped unexpectedly (%1).</source>
        <translation>La sincronización se detuvo de forma inesperada (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="142"/>
        <source>The sync could not start (%1).</source>
        <translation>La sincronización no pudo empezar (%1).</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="59"/>
        <source>Assign to &amp;me</source>
        <translation>Asignarme a &amp;mí</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="61"/>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="62"/>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="63"/>
        <source>R&amp;esolve</source>
        <translation>R&amp;esolver</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="65"/>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="66"/>
        <source>Mark as spam</source>
        <translation>Marcar como spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="67"/>
        <source>Not spam</source>
        <translation>No es spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="68"/>
        <location filename="../../ui/queue/ticket_actions.py" line="131"/>
        <source>Block sender</source>
        <translation>Bloquear remitente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="69"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="72"/>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="73"/>
        <source>Internal note…</source>
        <translation>Nota interna…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="74"/>
        <source>Flag for coaching…</source>
        <translation>Marcar para formación…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="78"/>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="79"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="80"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="84"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="88"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="92"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="111"/>
        <source>Select a ticket first.</source>
        <translation>Primero selecciona un caso.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="132"/>
        <source>Every ticket of these senders goes to Spam, and so does their future mail, which then never reopens a ticket. Nothing is deleted; Not spam undoes it.</source>
        <translation>Todos los tickets de estos remitentes pasan a Spam, igual que su correo futuro, que ya nunca reabre un ticket. No se borra nada; «No es spam» lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="149"/>
        <source>Replies, templates and saved replies now use %1.</source>
        <translation>Las respuestas, plantillas y respuestas guardadas usan ahora: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="153"/>
        <source>%1 on %2 tickets. Ctrl+Z undoes it.</source>
        <translation>%1 en %2 casos. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="157"/>
        <source>Different customers</source>
        <translation>Clientes distintos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="158"/>
        <source>These tickets were from different customers. Both stay reachable: a reply on the merged ticket asks which of them to answer.</source>
        <translation>Estos tickets eran de clientes distintos. Los dos siguen localizables: al responder en el ticket fusionado se pregunta a cuál de ellos contestar.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="166"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="167"/>
        <source>Agent&apos;s name or e-mail:</source>
        <translation>Nombre o correo del agente:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="172"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="173"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="178"/>
        <source>Tomorrow at 9:00</source>
        <translation>Mañana a las 9:00</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="178"/>
        <source>In 3 days at 9:00</source>
        <translation>Dentro de 3 días a las 9:00</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="179"/>
        <source>Next Monday at 9:00</source>
        <translation>El próximo lunes a las 9:00</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="180"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="181"/>
        <source>Hide from the queue until:</source>
        <translation>Ocultar de la cola hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="194"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="195"/>
        <source>Only agents see it; never sent:</source>
        <translation>Solo la ven los agentes; nunca se envía:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="205"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="212"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="213"/>
        <source>Merge into ticket number:</source>
        <translation>Fusionar con el caso número:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="235"/>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="237"/>
        <source>Undone on %1 tickets.</source>
        <translation>Deshecho en %1 casos.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="239"/>
        <source>Left alone, changed since: %1.</source>
        <translation>Sin tocar, cambiaron después: %1.</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="250"/>
        <source>%1 tickets. Double-click one to open it.</source>
        <translation>%1 casos. Doble clic en uno para abrirlo.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../ui/guide/crisis.py" line="65"/>
        <source>Resolution for everyone affected</source>
        <translation>Resolución para todos los afectados</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="66"/>
        <source>Status update for everyone affected</source>
        <translation>Actualización para todos los afectados</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="70"/>
        <source>Goes to each of the %1 affected customers, with {name}, {ticket} and {subject} filled in for each. Say what is being done, by when, and when the next update comes.</source>
        <translation>Va a cada uno de los %1 clientes afectados, con {name}, {ticket} y {subject} rellenados para cada uno. Di qué se está haciendo, para cuándo y cuándo llegará la próxima actualización.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="75"/>
        <source>Hello {name}, about your ticket {ticket}: </source>
        <translation>Hola, {name}. Sobre tu caso {ticket}: </translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="80"/>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="98"/>
        <source>It goes to these customers, each at the address a reply to their ticket uses. Untick anyone who should not get it:</source>
        <translation>Va a estos clientes, cada uno a la dirección a la que iría una respuesta en su ticket. Desmarque a quien no deba recibirla:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="131"/>
        <source>Ready: every customer gets a concrete commitment.</source>
        <translation>Lista: cada cliente recibe un compromiso concreto.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="137"/>
        <source>Send to %1 customers</source>
        <translation>Enviar a %1 clientes</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="14"/>
        <source>Mostrador was updated</source>
        <translation>Mostrador se ha actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="18"/>
        <source>Mostrador %1 upgraded your data folder; everything in it was kept.</source>
        <translation>Mostrador %1 ha actualizado tu carpeta de datos; se ha conservado todo lo que había en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="20"/>
        <source>Mostrador %1 replaces %2; your data folder was kept as it was.</source>
        <translation>Mostrador %1 sustituye a %2; tu carpeta de datos se ha conservado tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="24"/>
        <source>What changed:</source>
        <translation>Qué ha cambiado:</translation>
    </message>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="27"/>
        <source>Before upgrading the database, a copy was saved to %1.</source>
        <translation>Antes de actualizar la base de datos se guardó una copia en %1.</translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <location filename="../../ui/queue/panels.py" line="48"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="48"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="48"/>
        <source>My queue</source>
        <translation>Mi cola</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="49"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="49"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="50"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="50"/>
        <source>Promises to keep</source>
        <translation>Promesas por cumplir</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="52"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="60"/>
        <source>Inboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="60"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="154"/>
        <location filename="../../ui/queue/workspace.py" line="319"/>
        <source>Nothing in this view. New mail lands in Open as it syncs in.</source>
        <translation>No hay nada en esta vista. El correo nuevo llega a Abiertos al sincronizarse.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="160"/>
        <source>Search subject, message and customer   ( / )</source>
        <translation>Buscar en asunto, mensaje y cliente   ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="164"/>
        <source>Words search subject, messages and customer. Filters: from: inbox: status: tag: assignee: (me, none) priority: category: before: after: (YYYY-MM-DD)</source>
        <translation>Las palabras buscan en asunto, mensajes y cliente. Filtros: from: inbox: status: tag: assignee: (me, none) priority: category: before: after: (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="166"/>
        <source>Save search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="271"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="271"/>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="309"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="310"/>
        <source>j / k: next / previous ticket
Enter: read the conversation
r: reply
a: assign to me
s: snooze
e: resolve
n: internal note
Ctrl+Z: undo the last change
/: search
F5: sync mail now
Ctrl+R: refresh
?: this sheet</source>
        <translation>j / k: caso siguiente / anterior
Intro: leer la conversación
r: responder
a: asignármelo
s: posponer
e: resolver
n: nota interna
Ctrl+Z: deshacer el último cambio
/: buscar
F5: sincronizar el correo ahora
Ctrl+R: actualizar
?: esta hoja</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="316"/>
        <source>No ticket in this view matches “%1”. Try other words, or the All view.</source>
        <translation>Ningún caso de esta vista coincide con «%1». Prueba otras palabras o la vista Todos.</translation>
    </message>
</context>
</TS>
