<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="21"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="22"/>
        <source>The queue&apos;s views with how many tickets each holds</source>
        <translation>Las vistas de la cola con cuántos casos tiene cada una</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="23"/>
        <source>Search the queue</source>
        <translation>Buscar en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Words and filters such as from: or status:</source>
        <translation>Palabras y filtros como from: o status:</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>The tickets of the view; Enter reads the one selected</source>
        <translation>Los casos de la vista; Intro lee el seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="27"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="28"/>
        <source>Every message of the ticket, its promises and timeline</source>
        <translation>Todos los mensajes del caso, sus promesas y su historial</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30"/>
        <source>The steps for a moment that decides whether the customer stays</source>
        <translation>Los pasos para un momento que decide si el cliente se queda</translation>
    </message>
</context>
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
        <location filename="../../ui/account_dialog.py" line="50"/>
        <source>Add a support inbox</source>
        <translation>Añadir un buzón de soporte</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="62"/>
        <source>e.g. Support</source>
        <translation>p. ej. Soporte</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="79"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="80"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="81"/>
        <source>None (this computer only)</source>
        <translation>Ninguna (solo este equipo)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="86"/>
        <source>the e-mail address, if empty</source>
        <translation>la dirección de correo, si se deja vacío</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="127"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="126"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="63"/>
        <source>Find settings</source>
        <translation>Buscar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="89"/>
        <source>Sign in with Google</source>
        <translation>Iniciar sesión con Google</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="90"/>
        <source>Sign in with Microsoft</source>
        <translation>Iniciar sesión con Microsoft</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="91"/>
        <source>Sign in with your organisation&apos;s identity provider</source>
        <translation>Iniciar sesión con el proveedor de identidad de su organización</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="99"/>
        <source>from your organisation&apos;s app registration</source>
        <translation>del registro de la aplicación de su organización</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="101"/>
        <source>Google gives desktop clients one; kept in your keyring</source>
        <translation>Google lo da a los clientes de escritorio; se guarda en su llavero</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="104"/>
        <source>common, or your directory&apos;s ID or domain</source>
        <translation>common, o el ID o dominio de su directorio</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="114"/>
        <source>Cancel sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="129"/>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="130"/>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="131"/>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="132"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="133"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="134"/>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="135"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="136"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="139"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="140"/>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="141"/>
        <source>Tenant</source>
        <translation>Inquilino (tenant)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="142"/>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="145"/>
        <source>Test and save</source>
        <translation>Probar y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="146"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="169"/>
        <source>Type the inbox&apos;s e-mail address first.</source>
        <translation>Escriba primero la dirección de correo del buzón.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="172"/>
        <source>Looking for %1&apos;s settings…</source>
        <translation>Buscando la configuración de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="189"/>
        <source>from the settings Mostrador knows for %1</source>
        <translation>de la configuración que Mostrador conoce para %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="191"/>
        <source>from the domain&apos;s DNS records (SRV)</source>
        <translation>de los registros DNS del dominio (SRV)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="192"/>
        <source>guessed from the usual server names: the test says whether they work</source>
        <translation>deducida de los nombres de servidor habituales: la prueba dirá si funcionan</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="194"/>
        <source>Found: IMAP %1, SMTP %2, %3.</source>
        <translation>Encontrada: IMAP %1, SMTP %2, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="204"/>
        <source>No settings were found: type the servers below.</source>
        <translation>No se encontró la configuración: escriba los servidores abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="245"/>
        <source>Give the IMAP server&apos;s name, or find the settings from the address.</source>
        <translation>Indique el nombre del servidor IMAP, o busque la configuración a partir de la dirección.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="260"/>
        <source>Logging in to both servers…</source>
        <translation>Iniciando sesión en los dos servidores…</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="265"/>
        <source>Waiting for sign-in in your browser… Finish signing in there; this window goes on by itself.</source>
        <translation>Esperando el inicio de sesión en su navegador… Termine allí; esta ventana seguirá sola.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="274"/>
        <source>Signed in. Logging in to both servers…</source>
        <translation>Sesión iniciada. Entrando en los dos servidores…</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="279"/>
        <source>%1: signed in, it works.</source>
        <translation>%1: sesión iniciada, funciona.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="279"/>
        <source>%1 did not work: %2</source>
        <translation>%1 no funcionó: %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="289"/>
        <source>Not saved yet: fix what did not work and test again, or save it as it is.</source>
        <translation>Aún no se ha guardado: corrija lo que no funcionó y pruebe de nuevo, o guárdelo tal como está.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="294"/>
        <source>Sign in first: press Test and save.</source>
        <translation>Inicie sesión primero: pulse Probar y guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="88"/>
        <location filename="../../ui/account_dialog.py" line="137"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.py" line="328"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>AgentChooser</name>
    <message>
        <location filename="../../ui/preferences.py" line="45"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="50"/>
        <source>Who works at this desk</source>
        <translation>Quién trabaja en este puesto</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer/composer.py" line="262"/>
        <source>Reply to ticket #%1</source>
        <translation>Responder al caso #%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="284"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="292"/>
        <source>Insert a saved reply…</source>
        <translation>Insertar una respuesta guardada…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="296"/>
        <source>Replying as</source>
        <translation>Respondes como</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="306"/>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="307"/>
        <source>Write to the customer: what you are doing about it, how much or which, and when.</source>
        <translation>Escribe al cliente: qué vas a hacer, cuánto o cuál, y cuándo.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="320"/>
        <source>Their last message goes quoted under your reply.</source>
        <translation>Su último mensaje va citado debajo de tu respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="328"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="331"/>
        <location filename="../../ui/composer/composer.py" line="566"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="335"/>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="337"/>
        <source>The gate does not recognise how the text states your actions. A supervisor reads it and decides; nothing goes out before.</source>
        <translation>La puerta no reconoce cómo el texto cuenta tus acciones. Un supervisor la lee y decide; no sale nada antes.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="341"/>
        <source>Close (draft kept)</source>
        <translation>Cerrar (se guarda el borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="343"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="345"/>
        <source>Pop out</source>
        <translation>Abrir aparte</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="347"/>
        <source>Write this reply in a window of its own</source>
        <translation>Escribir esta respuesta en una ventana aparte</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="351"/>
        <source>Then show the next ticket</source>
        <translation>Luego, ir al caso siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="391"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="409"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="417"/>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="418"/>
        <source>Choose who is replying</source>
        <translation>Elige quién responde</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="429"/>
        <source>Quoted below your reply:</source>
        <translation>Se cita debajo de tu respuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="476"/>
        <source>Choose who is replying in “Replying as” first.</source>
        <translation>Primero elige quién responde en «Respondes como».</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="549"/>
        <source>Ready to send: the reply commits to a concrete action and says so.</source>
        <translation>Lista para enviar: la respuesta se compromete a una acción concreta y lo dice.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="554"/>
        <source>Not sent. The reply still needs:</source>
        <translation>No se ha enviado. A la respuesta le falta:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="555"/>
        <source>Before you send, the reply needs:</source>
        <translation>Antes de enviar, a la respuesta le falta:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="560"/>
        <source>Sure the reply says it? Send it for review: a supervisor reads it and decides.</source>
        <translation>¿Seguro que la respuesta lo dice? Envíala a revisión: un supervisor la lee y decide.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="566"/>
        <source>Send for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="97"/>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="98"/>
        <source>flattery</source>
        <translation>halago</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="99"/>
        <source>vague promise</source>
        <translation>promesa vaga</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="100"/>
        <source>passing it on</source>
        <translation>traslado sin responsable</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="575"/>
        <source>Highlighted:</source>
        <translation>Resaltado:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="593"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="713"/>
        <source>waits for a supervisor&apos;s approval</source>
        <translation>espera la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="714"/>
        <source>is in the outbox and goes out now</source>
        <translation>está en la bandeja de salida y sale ahora</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="137"/>
        <source>Reply… (r)</source>
        <translation>Responder… (r)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="195"/>
        <source>No ticket selected</source>
        <translation>Ningún caso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="197"/>
        <source>Pick a ticket in the queue to read the whole conversation and what was promised.</source>
        <translation>Elige un caso de la cola para leer toda la conversación y lo que se prometió.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="304"/>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="319"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="309"/>
        <source>Save the original message</source>
        <translation>Guardar el mensaje original</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="335"/>
        <source>Sample tickets cannot be answered: their inbox is not real.</source>
        <translation>Los casos de ejemplo no se pueden responder: su buzón no es real.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="356"/>
        <source>This customer&apos;s other tickets</source>
        <translation>Otros casos de este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="372"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="372"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="384"/>
        <source>Remote images are blocked: loading them tells the sender you opened this.</source>
        <translation>Las imágenes remotas están bloqueadas: cargarlas le dice al remitente que abriste el mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="385"/>
        <source>Load them for this message</source>
        <translation>Cargarlas en este mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="385"/>
        <source>Always for this sender</source>
        <translation>Siempre para este remitente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="397"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="403"/>
        <source>Arrived damaged, shown as well as possible:</source>
        <translation>Llegó dañado; se muestra lo mejor posible:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="404"/>
        <source>Save the original…</source>
        <translation>Guardar el original…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="411"/>
        <source>Split into a new ticket</source>
        <translation>Separar en un caso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="440"/>
        <source>Actions promised</source>
        <translation>Acciones prometidas</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="460"/>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="478"/>
        <source>%1 wrote again; it was %2, and is new again with a fresh response deadline.</source>
        <translation>%1 volvió a escribir; estaba %2 y vuelve a ser nuevo, con un plazo de respuesta nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="479"/>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="482"/>
        <source>the sender is blocked</source>
        <translation>el remitente está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="483"/>
        <source>the mail server&apos;s spam filter marked it as spam</source>
        <translation>el filtro antispam del servidor de correo lo marcó como spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="485"/>
        <source>an automatic reply or a bounce: kept, nobody waits for an answer</source>
        <translation>una respuesta automática o un rebote: se guarda, nadie espera respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="486"/>
        <source>sent from another mail program, in reply to no ticket: kept</source>
        <translation>enviado desde otro programa de correo, sin responder a ningún ticket: se guarda</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="488"/>
        <source>the sender could not be read; the original can be saved from the message</source>
        <translation>no se pudo leer el remitente; el original se puede guardar desde el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="427"/>
        <source>Mark done…</source>
        <translation>Marcar como hecha…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="445"/>
        <source>Internal notes (never sent)</source>
        <translation>Notas internas (nunca se envían)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="463"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="473"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/queue/conversation_pane.py" line="352"/>
        <source>The customer&apos;s score: %1 of 5</source>
        <translation>Valoración del cliente: %1 de 5</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <location filename="../../ui/guide/crisis.py" line="154"/>
        <source>Crisis mode</source>
        <translation>Modo crisis</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="161"/>
        <source>An outage or a billing error touches many customers at once. Declare it, link the affected tickets (new mail that matches joins by itself), and keep every customer told: what is being done, by when, and when the next news comes.</source>
        <translation>Una caída o un error de facturación afecta a muchos clientes a la vez. Decláralo, vincula los casos afectados (el correo nuevo que coincida se une solo) y mantén a cada cliente informado: qué se está haciendo, para cuándo y cuándo llegará la próxima noticia.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="168"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="168"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="168"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="168"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="168"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="169"/>
        <source>Acknowledged</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="169"/>
        <source>Median wait</source>
        <translation>Espera mediana</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="169"/>
        <source>With an action</source>
        <translation>Con acción</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="169"/>
        <source>Follow-ups kept</source>
        <translation>Seguimientos cumplidos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="175"/>
        <source>No incident. When something breaks for many customers, declare it here.</source>
        <translation>Ningún incidente. Cuando algo falle para muchos clientes, decláralo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="180"/>
        <source>Declare incident…</source>
        <translation>Declarar incidente…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="182"/>
        <source>Link selected tickets</source>
        <translation>Vincular los casos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="183"/>
        <source>Write update…</source>
        <translation>Escribir actualización…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="185"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="186"/>
        <source>Public log…</source>
        <translation>Nota pública…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="197"/>
        <source>Timeline of the selected incident:</source>
        <translation>Historial del incidente seleccionado:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="217"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="283"/>
        <location filename="../../ui/guide/crisis.py" line="286"/>
        <source>Declare incident</source>
        <translation>Declarar incidente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="283"/>
        <source>What is happening?</source>
        <translation>¿Qué está pasando?</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="287"/>
        <source>Words that new mail about it contains (optional):</source>
        <translation>Palabras que contiene el correo nuevo sobre ello (opcional):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="291"/>
        <source>Incident declared.</source>
        <translation>Incidente declarado.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="298"/>
        <source>Select the affected tickets in the queue first.</source>
        <translation>Primero selecciona en la cola los casos afectados.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="302"/>
        <source>Tickets linked.</source>
        <translation>Casos vinculados.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="320"/>
        <source>Update queued for %1 customers.</source>
        <translation>Actualización en cola para %1 clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="327"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="328"/>
        <source>What went wrong and what was changed (for the public log):</source>
        <translation>Qué falló y qué se ha cambiado (para la nota pública):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="347"/>
        <source>Incident resolved and every affected customer told.</source>
        <translation>Incidente resuelto y cada cliente afectado informado.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="353"/>
        <source>Public log</source>
        <translation>Nota pública</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="364"/>
        <source>Wrote %1 and %2.</source>
        <translation>Escritos %1 y %2.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="50"/>
        <source>The phone “%1” has no digits.</source>
        <translation>El teléfono «%1» no tiene cifras.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="52"/>
        <source>That is too long: at most %1 characters.</source>
        <translation>Es demasiado largo: como mucho %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="54"/>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Un cliente no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="56"/>
        <source>There is no customer #%1 any more (merged into another?).</source>
        <translation>Ya no existe el cliente n.º %1 (¿se fusionó con otro?).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="75"/>
        <source>Customer record</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="89"/>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ej. +34 600 123 456</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="94"/>
        <source>What the team should know about this customer (internal, never sent)</source>
        <translation>Lo que el equipo debe saber de este cliente (interno, nunca se envía)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="102"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="102"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="103"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="101"/>
        <source>Addresses:</source>
        <translation>Direcciones:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="105"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="108"/>
        <source>&amp;Merge another customer into this one…</source>
        <translation>&amp;Fusionar otro cliente con este…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="110"/>
        <source>The same person writing from another address: their tickets and addresses move here, nothing is lost.</source>
        <translation>La misma persona escribiendo desde otra dirección: sus casos y direcciones pasan a este cliente, no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="123"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="126"/>
        <location filename="../../ui/customer_dialog.py" line="130"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="126"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="126"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="127"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="130"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="130"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="131"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="131"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="138"/>
        <source>The customer&apos;s tickets; Enter opens one</source>
        <translation>Los casos del cliente; Intro abre uno</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="139"/>
        <source>What was promised to the customer; Enter opens its ticket</source>
        <translation>Lo prometido al cliente; Intro abre su caso</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="144"/>
        <source>Promised to this customer</source>
        <translation>Prometido a este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="179"/>
        <source>Customer record: %1</source>
        <translation>Ficha del cliente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="181"/>
        <source>%1 open, %2 closed tickets</source>
        <translation>%1 casos abiertos, %2 cerrados</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="184"/>
        <source>first wrote %1</source>
        <translation>escribió por primera vez el %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="188"/>
        <source>Blocked: their mail goes to Spam and reopens nothing.</source>
        <translation>Bloqueado: su correo va a Spam y no reabre nada.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="190"/>
        <source>Sample customer (invented): edits are allowed, nothing is sent.</source>
        <translation>Cliente de muestra (inventado): se puede editar, no se envía nada.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="193"/>
        <source>Merged in: %1 (%2), by %3 on %4</source>
        <translation>Fusionado aquí: %1 (%2), por %3 el %4</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="201"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="202"/>
        <source>Tickets (%1 open, %2 closed)</source>
        <translation>Casos (%1 abiertos, %2 cerrados)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="254"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="270"/>
        <source>Merge %1 into %2? Their %3 tickets and their addresses (%4) move to %2, and %1 is no longer a customer of their own. The merge is recorded in each ticket&apos;s timeline.</source>
        <translation>¿Fusionar %1 con %2? Sus %3 casos y sus direcciones (%4) pasan a %2, y %1 deja de ser un cliente aparte. La fusión queda anotada en la cronología de cada caso.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="274"/>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="280"/>
        <source>Merged: %1 tickets and %2 addresses moved here.</source>
        <translation>Fusionado: %1 casos y %2 direcciones pasaron a este cliente.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="130"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="132"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="133"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="136"/>
        <source>complaints</source>
        <translation>quejas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="137"/>
        <source>first response, median (90%: %1)</source>
        <translation>primera respuesta, mediana (90 %: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="138"/>
        <source>answered within target</source>
        <translation>respondidas dentro del objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="139"/>
        <source>resolution, median (90%: %1)</source>
        <translation>resolución, mediana (90 %: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="140"/>
        <source>resolved within target</source>
        <translation>resueltas dentro del objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="142"/>
        <source>satisfaction (1-5), %1 answers</source>
        <translation>satisfacción (1-5), %1 respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="148"/>
        <source>Complaints per day</source>
        <translation>Quejas por día</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="149"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="151"/>
        <source>Complaints by kind</source>
        <translation>Quejas por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="153"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="156"/>
        <source>Replies refused by the gate, per agent (coaching)</source>
        <translation>Respuestas rechazadas por la puerta, por agente (formación)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="158"/>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="171"/>
        <source>Promises by kind: kept, late, missed, open</source>
        <translation>Promesas por tipo: cumplidas, tarde, incumplidas, abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="175"/>
        <source>kept</source>
        <translation>cumplidas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="175"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="176"/>
        <source>missed</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="176"/>
        <source>open</source>
        <translation>abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="196"/>
        <source>Satisfaction per day (1 to 5)</source>
        <translation>Satisfacción por día (1 a 5)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="201"/>
        <source>Scores of %1</source>
        <translation>Valoraciones del %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="208"/>
        <source>day of the period</source>
        <translation>día del periodo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="219"/>
        <source>their tickets</source>
        <translation>sus casos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="219"/>
        <source>What customers said</source>
        <translation>Lo que dijeron los clientes</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="220"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="220"/>
        <source>Lessons: what changed</source>
        <translation>Lecciones: qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="231"/>
        <source>%1 customers, %2 acknowledged, %3 with an action, %4 of %5 follow-ups kept</source>
        <translation>%1 clientes, %2 respondidos, %3 con acción, %4 de %5 seguimientos cumplidos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="239"/>
        <source>%1 of %2 customers told</source>
        <translation>%1 de %2 clientes informados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="246"/>
        <source>Who this desk was passed to</source>
        <translation>A quién se ha pasado este puesto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="246"/>
        <source>%1: %2 → %3, by %4</source>
        <translation>%1: %2 → %3, por %4</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="253"/>
        <source>No repeat complainers, comments, incidents or lessons in this period.</source>
        <translation>Sin clientes que repiten queja, comentarios, incidentes ni lecciones en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="219"/>
        <source>Repeat complainers</source>
        <translation>Clientes que repiten queja</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="293"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="306"/>
        <source>All inboxes</source>
        <translation>Todos los buzones</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="307"/>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="308"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="310"/>
        <source>Export figures (CSV)…</source>
        <translation>Exportar cifras (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="313"/>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="313"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="344"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="351"/>
        <source>Click a bar to see the tickets behind it.</source>
        <translation>Pulsa una barra para ver los casos que hay detrás.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="371"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="389"/>
        <location filename="../../ui/supervisor/dashboard.py" line="399"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="395"/>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/desk.py" line="55"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="68"/>
        <source>Working as %1</source>
        <translation>Trabajas como %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="69"/>
        <source>Replies, notes and changes are signed %1. Click to change.</source>
        <translation>Las respuestas, notas y cambios se firman como %1. Pulsa para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="72"/>
        <source>Who are you? Choose…</source>
        <translation>¿Quién eres? Elige…</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="73"/>
        <source>No one has said who works at this desk.</source>
        <translation>Nadie ha dicho quién trabaja en este puesto.</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="264"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="280"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="281"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="282"/>
        <source>None (this computer only)</source>
        <translation>Ninguna (solo este equipo)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="293"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="294"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="295"/>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="296"/>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="297"/>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="298"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="299"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="300"/>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="301"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="303"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="304"/>
        <source>Tenant</source>
        <translation>Inquilino (tenant)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>The database %1 is locked by another program. Close the other Mostrador window or command that uses it and try again.</source>
        <translation>La base de datos %1 está bloqueada por otro programa. Cierra la otra ventana u orden de Mostrador que la usa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>The file %1 is not a readable Mostrador database (damaged or not a database). Restore a copy from the backups folder beside it, or point --data-dir elsewhere.</source>
        <translation>El archivo %1 no es una base de datos de Mostrador legible (está dañado o no es una base de datos). Restaura una copia de la carpeta de copias de seguridad que tiene al lado, o indica otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>The disk holding %1 is full. Free some space and try again; nothing was lost.</source>
        <translation>El disco donde está %1 está lleno. Libera espacio y vuelve a intentarlo; no se ha perdido nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>The database %1 cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation>La base de datos %1 no se puede abrir para escribir. Comprueba que la carpeta existe y que puedes escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>There is no agent “%who”. The agents are: %agents.</source>
        <translation>No hay ningún agente «%who». Los agentes son: %agents.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>There is no agent “%who”: this store has no agents yet.</source>
        <translation>No hay ningún agente «%who»: este almacén aún no tiene agentes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Several agents are called “%who”: %agents. Give the whole name.</source>
        <translation>Hay varios agentes llamados «%who»: %agents. Escribe el nombre completo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Several agents work here: say who you are first (File › Preferences).</source>
        <translation>Varios agentes trabajan aquí: primero di quién eres (Archivo › Preferencias).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Only a supervisor may switch this desk to another agent, and %who is not one.</source>
        <translation>Solo un supervisor puede pasar este puesto a otro agente, y %who no lo es.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>There is no ticket #%ticket.</source>
        <translation>No existe el caso #%ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>The server %where refused the user name or password for %user. Check them and try again.</source>
        <translation>El servidor %where ha rechazado el usuario o la contraseña de %user. Revísalos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Plain (unencrypted) IMAP to %host is refused; use ssl or starttls.</source>
        <translation>Se rechaza IMAP sin cifrar hacia %host; usa ssl o starttls.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The secure connection (TLS) with %where failed (%reason).</source>
        <translation>Falló la conexión segura (TLS) con %where (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>The certificate of %where is not trusted (%reason). If the server uses a private CA, give its certificate in the inbox&apos;s settings.</source>
        <translation>El certificado de %where no es de confianza (%reason). Si el servidor usa una autoridad privada, indica su certificado en la configuración del buzón.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>The mail server name %host is unknown. Check the name, or the network.</source>
        <translation>No se conoce el servidor de correo %host. Revisa el nombre o la red.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>The mail server %where did not answer within %seconds s.</source>
        <translation>El servidor de correo %where no respondió en %seconds s.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Cannot connect to the mail server %where (%reason).</source>
        <translation>No se puede conectar con el servidor de correo %where (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>The server %where does not offer STARTTLS; Mostrador will not continue in plain text. Use ssl, or ask the provider to enable TLS.</source>
        <translation>El servidor %where no ofrece STARTTLS; Mostrador no seguirá sin cifrar. Usa ssl o pide al proveedor que active TLS.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The server %where refused STARTTLS; Mostrador will not continue in plain text.</source>
        <translation>El servidor %where rechazó STARTTLS; Mostrador no seguirá sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>The server %where does not take OAuth sign-ins. Use a password for this inbox, or check the server.</source>
        <translation>El servidor %where no admite inicios de sesión OAuth. Usa una contraseña para este buzón o revisa el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>The server %where refused the sign-in token for %user. It is renewed at the next attempt; if that fails too, sign in again.</source>
        <translation>El servidor %where rechazó el token de inicio de sesión de %user. Se renueva en el próximo intento; si también falla, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>The connection to %host was lost during sync. What was fetched before is kept; the next sync resumes from there.</source>
        <translation>Se perdió la conexión con %host durante la sincronización. Lo descargado hasta entonces se conserva; la próxima sincronización sigue desde ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>The connection was lost while waiting for new mail; it is opened again.</source>
        <translation>Se perdió la conexión mientras se esperaba correo nuevo; se vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>No password for %account in the keyring. Type it again in the inbox&apos;s settings.</source>
        <translation>No hay contraseña para %account en el llavero. Escríbela de nuevo en la configuración del buzón.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Select at least one ticket.</source>
        <translation>Selecciona al menos un caso.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>That change was already undone.</source>
        <translation>Ese cambio ya se deshizo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>A tag needs a name.</source>
        <translation>La etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Un caso no puede fusionarse consigo mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Ticket #%ticket was itself merged into #%target; merge there.</source>
        <translation>El caso #%ticket ya se fusionó en el #%target; fusiona en ese.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>The reply is empty.</source>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>This is a sample ticket: its inbox is not real, so nothing can be sent. Add a real inbox to answer customers.</source>
        <translation>Es un caso de ejemplo: su buzón no es real, así que no se puede enviar nada. Añade un buzón real para responder a clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>%agent is not a supervisor; only supervisors approve or return replies.</source>
        <translation>%agent no es supervisor; solo los supervisores aprueban o devuelven respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>“%address” is not an e-mail address.</source>
        <translation>«%address» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>%name is %size MB; attachments are limited to %limit MB, which most mail servers accept.</source>
        <translation>%name ocupa %size MB; los adjuntos pueden ocupar como mucho %limit MB, lo que aceptan la mayoría de los servidores de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>Cannot read the attachment %path: %reason.</source>
        <translation>No se puede leer el adjunto %path: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>Ticket #%ticket has no inbox to reply from. Its inbox was removed; add it again.</source>
        <translation>El ticket #%ticket no tiene un buzón desde el que responder. Se quitó su buzón; añádalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>Ticket #%ticket has no customer address to reply to.</source>
        <translation>El ticket #%ticket no tiene una dirección del cliente a la que responder.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>the address “%address” holds a control character (a line break, say)</source>
        <translation>la dirección «%address» contiene un carácter de control (un salto de línea, por ejemplo)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>“%address” is not one email address</source>
        <translation>«%address» no es una única dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>The reply cannot be sent to “%address”: %why. Correct the address; nothing was queued.</source>
        <translation>La respuesta no se puede enviar a «%address»: %why. Corrija la dirección; no se ha puesto nada en cola.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>There is no action #%action.</source>
        <translation>No existe la acción #%action.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="134"/>
        <source>The reply cannot be written as an email (%reason); nothing was queued.</source>
        <translation>La respuesta no se puede escribir como correo electrónico (%reason); no se ha puesto nada en cola.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>Reply #%reply is not waiting for approval.</source>
        <translation>La respuesta #%reply no está esperando aprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>%agent wrote reply #%reply: another supervisor approves or returns it.</source>
        <translation>%agent escribió la respuesta #%reply: la aprueba o la devuelve otro supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>Say why the reply goes back, so its author knows what to change.</source>
        <translation>Diga por qué se devuelve la respuesta, para que su autor sepa qué cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>Reply #%reply has no inbox to send from.</source>
        <translation>La respuesta #%reply no tiene un buzón desde el que enviarse.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>Reply #%reply cannot be sent: %why.</source>
        <translation>La respuesta #%reply no se puede enviar: %why.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>The attachment %name of reply #%reply is missing from the store.</source>
        <translation>Falta en el almacén el adjunto %name de la respuesta #%reply.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The subject cannot be written without control characters.</source>
        <translation>El asunto no se puede escribir sin caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>“%auth” is not a way to sign in; use a password or OAuth.</source>
        <translation>«%auth» no es una forma de iniciar sesión; use una contraseña u OAuth.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>Signing in with OAuth needs your organisation&apos;s client ID. The README says how to register one with Google or Microsoft.</source>
        <translation>Para iniciar sesión con OAuth hace falta el ID de cliente de su organización. El README explica cómo registrar uno en Google o Microsoft.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The %protocol port %port is not between 1 and 65535.</source>
        <translation>El puerto %protocol %port no está entre 1 y 65535.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>Plain (unencrypted) %protocol is allowed only to this computer, not to %host. Use ssl or starttls.</source>
        <translation>%protocol sin cifrar solo se permite hacia este equipo, no hacia %host. Use ssl o starttls.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>Sign in in the browser before the account is saved.</source>
        <translation>Inicie sesión en el navegador antes de guardar la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>An account named “%account” already exists.</source>
        <translation>Ya existe una cuenta llamada «%account».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="168"/>
        <source>There is no account named “%account”.</source>
        <translation>No hay ninguna cuenta llamada «%account».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>INBOX is always synced.</source>
        <translation>INBOX se sincroniza siempre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>%account has no folder “%folder”.</source>
        <translation>%account no tiene ninguna carpeta «%folder».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>%account signs in through %provider, not with a password. Use “Sign in again” instead.</source>
        <translation>%account inicia sesión a través de %provider, no con contraseña. Use «Volver a iniciar sesión».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>%account signs in with a password.</source>
        <translation>%account inicia sesión con contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Mostrador does not know how %address signs in with OAuth. Give the provider (Google, Microsoft) or your identity provider&apos;s issuer URL.</source>
        <translation>Mostrador no sabe cómo inicia sesión %address con OAuth. Indique el proveedor (Google, Microsoft) o la URL del emisor de su proveedor de identidad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>%account was not saved: the %failed login did not work. Fix the settings and try again.</source>
        <translation>No se ha guardado %account: el inicio de sesión %failed no ha funcionado. Corrija la configuración e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>%account was not saved: neither the IMAP nor the SMTP login worked. Fix the settings and try again.</source>
        <translation>No se ha guardado %account: no ha funcionado ni el inicio de sesión IMAP ni el SMTP. Corrija la configuración e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The agent needs a name.</source>
        <translation>El agente necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>An agent called “%who” or with that e-mail already exists.</source>
        <translation>Ya existe un agente llamado «%who» o con ese correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>A %kind has no amount to limit.</source>
        <translation>Una acción «%kind» no tiene un importe que limitar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>%agent is not a supervisor; only supervisors set limits.</source>
        <translation>%agent no es supervisor; solo los supervisores fijan límites.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>“%amount” is not an amount.</source>
        <translation>«%amount» no es un importe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196"/>
        <source>A limit cannot be negative.</source>
        <translation>Un límite no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>This desk is %owner&apos;s and %acting acts at it now; %who may act here only after a supervisor switches the desk to them.</source>
        <translation>Este puesto es de %owner y ahora trabaja en él %acting; %who solo puede trabajar aquí después de que un supervisor le pase el puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>There is no filed message #%message.</source>
        <translation>No hay ningún mensaje archivado #%message.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="203"/>
        <source>The ticket has only this message; there is nothing to split it from.</source>
        <translation>El ticket solo tiene este mensaje; no hay nada de lo que separarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>These tickets have no sender to block.</source>
        <translation>Estos tickets no tienen ningún remitente que bloquear.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="207"/>
        <source>“%language” is not a language Mostrador writes; use one of %languages.</source>
        <translation>«%language» no es un idioma en el que escriba Mostrador; use uno de estos: %languages.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>%filter is not a date; use YYYY-MM-DD.</source>
        <translation>%filter no es una fecha; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>%filter is not a status; use one of %statuses.</source>
        <translation>%filter no es un estado; use uno de estos: %statuses.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>That saved search no longer exists.</source>
        <translation>Esa búsqueda guardada ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="215"/>
        <source>A saved search needs a name and a query.</source>
        <translation>Una búsqueda guardada necesita un nombre y una consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>There is no view or inbox called “%view”.</source>
        <translation>No hay ninguna vista ni ningún buzón llamado «%view».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="219"/>
        <source>The business hours %start–%end (%zone) are not valid: %reason.</source>
        <translation>El horario laboral %start–%end (%zone) no es válido: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="221"/>
        <source>The business hours %start–%end need working days and an end after the start.</source>
        <translation>El horario laboral %start–%end necesita días laborables y una hora de fin posterior a la de inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="223"/>
        <source>The business hours leave no working time for this deadline.</source>
        <translation>El horario laboral no deja tiempo de trabajo para este plazo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="225"/>
        <source>“%value” is not a number of minutes.</source>
        <translation>«%value» no es un número de minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>A target must be at least one minute.</source>
        <translation>Un objetivo debe ser de al menos un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>An incident needs a title.</source>
        <translation>Una incidencia necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="231"/>
        <source>There is no incident #%incident.</source>
        <translation>No existe la incidencia #%incident.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="233"/>
        <source>Incident #%incident is resolved; send the resolution instead.</source>
        <translation>La incidencia #%incident está resuelta; envíe la resolución en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="235"/>
        <source>Ticket #%ticket is not an open ticket of incident #%incident.</source>
        <translation>El ticket #%ticket no es un ticket abierto de la incidencia #%incident.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>No open ticket is linked to incident #%incident yet.</source>
        <translation>Todavía no hay ningún ticket abierto vinculado a la incidencia #%incident.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="239"/>
        <source>Cannot write %path: %reason.</source>
        <translation>No se puede escribir %path: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="241"/>
        <source>Action #%action is not an action of ticket #%ticket.</source>
        <translation>La acción #%action no es una acción del ticket #%ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="243"/>
        <source>Action #%action is not a promise waiting to be kept; only a promise can be kept.</source>
        <translation>La acción #%action no es una promesa pendiente de cumplir; solo se puede cumplir una promesa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="245"/>
        <source>“%kind” is not a kind of action; the catalogue has: %kinds.</source>
        <translation>«%kind» no es un tipo de acción; el catálogo tiene: %kinds.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="247"/>
        <source>%path: not valid YAML (%reason).</source>
        <translation>%path: no es YAML válido (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="249"/>
        <source>%path: expected a list of action kinds, each with its settings.</source>
        <translation>%path: se esperaba una lista de tipos de acción, cada uno con su configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>%path: the action “%kind” must list its settings.</source>
        <translation>%path: la acción «%kind» debe enumerar su configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="253"/>
        <source>%path: the action “%kind” names unknown fields (%fields); known: %known.</source>
        <translation>%path: la acción «%kind» nombra campos desconocidos (%fields); los conocidos son: %known.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>%path: a “stated” pattern of “%kind” is not valid: %reason.</source>
        <translation>%path: un patrón «stated» de «%kind» no es válido: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>Each action needs at least a kind.</source>
        <translation>Cada acción necesita al menos un tipo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="259"/>
        <source>The amount %amount must be more than zero.</source>
        <translation>El importe %amount debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="261"/>
        <source>“%date” is not a date (use YYYY-MM-DD or an ISO time).</source>
        <translation>«%date» no es una fecha (use AAAA-MM-DD o una hora ISO).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="263"/>
        <source>There is no customer #%customer.</source>
        <translation>No existe el cliente #%customer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="265"/>
        <source>Ticket #%ticket has no customer.</source>
        <translation>El ticket #%ticket no tiene cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="267"/>
        <source>No customer writes from %address.</source>
        <translation>Ningún cliente escribe desde %address.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="269"/>
        <source>The phone “%phone” has no digits.</source>
        <translation>El teléfono «%phone» no tiene dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="271"/>
        <source>That is too long: at most %limit characters.</source>
        <translation>Es demasiado largo: como mucho %limit caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="273"/>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Un cliente no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="275"/>
        <source>The attachment #%attachment is not in the store.</source>
        <translation>El adjunto #%attachment no está en el almacén.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="277"/>
        <source>The original of message #%message is not in the store.</source>
        <translation>El original del mensaje #%message no está en el almacén.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="279"/>
        <source>Cannot save %name in %folder: %reason.</source>
        <translation>No se puede guardar %name en %folder: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="281"/>
        <source>No settings were found for %domain: it is not a provider Mostrador knows, it publishes no SRV records, and neither imap. nor mail. under it exists. Give the servers yourself.</source>
        <translation>No se ha encontrado la configuración de %domain: no es un proveedor que Mostrador conozca, no publica registros SRV y no existe ni imap. ni mail. bajo ese dominio. Indique usted los servidores.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="284"/>
        <source>There is no playbook “%playbook”.</source>
        <translation>No existe la guía «%playbook».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="286"/>
        <source>“%step” is not done yet: it needs %needs.</source>
        <translation>«%step_es» aún no está hecho: hace falta %needs.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="288"/>
        <source>a reply to the customer</source>
        <translation>una respuesta al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="290"/>
        <source>the problem in the customer&apos;s words</source>
        <translation>el problema con las palabras del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="292"/>
        <source>what we got wrong, said plainly</source>
        <translation>en qué nos equivocamos, dicho claramente</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="294"/>
        <source>a reply that commits to a concrete action</source>
        <translation>una respuesta que se compromete a una acción concreta</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="296"/>
        <source>a follow-up with a date</source>
        <translation>un seguimiento con fecha</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="298"/>
        <source>an internal note naming who fixes the cause</source>
        <translation>una nota interna con quién arregla la causa</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="300"/>
        <source>the loop-closing message to the customer</source>
        <translation>el mensaje que cierra el ciclo con el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="302"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="304"/>
        <source>Skipping a step needs a reason (it goes in the timeline).</source>
        <translation>Para saltar un paso hace falta un motivo (queda en el historial).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="306"/>
        <source>There is no playbook run #%run.</source>
        <translation>No existe la ejecución de guía #%run.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="308"/>
        <source>A lesson needs its root cause and the change made.</source>
        <translation>Una lección necesita su causa raíz y el cambio hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="310"/>
        <source>There is no lesson #%lesson.</source>
        <translation>No existe la lección #%lesson.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="312"/>
        <source>%file, line %line: not valid YAML.</source>
        <translation>%file, línea %line: no es YAML válido.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="314"/>
        <source>%file: expected a list of categories, each with its phrases.</source>
        <translation>%file: se esperaba una lista de categorías, cada una con sus frases.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="316"/>
        <source>categories.yaml: the category “%category” needs phrases.</source>
        <translation>categories.yaml: la categoría «%category» necesita frases.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="323"/>
        <source>Start and unlock a Secret Service (GNOME Keyring or KWallet) in your session, or install another backend (for example `pip install keyrings.alt`) and choose it with PYTHON_KEYRING_BACKEND; see `python -m keyring diagnose`.</source>
        <translation>Inicia y desbloquea un Secret Service (GNOME Keyring o KWallet) en tu sesión, o instala otro backend (por ejemplo `pip install keyrings.alt`) y elígelo con PYTHON_KEYRING_BACKEND; consulta `python -m keyring diagnose`.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="330"/>
        <source>The disk holding %where failed to read or write (%reason). Check the disk; the database is as its last completed change left it.</source>
        <translation>El disco que contiene %where no ha podido leer o escribir (%reason). Revisa el disco; la base de datos está como la dejó su último cambio completado.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="333"/>
        <source>Cannot reach the database server at %where: %reason. Check the database&apos;s address and that its server is running.</source>
        <translation>No se puede contactar con el servidor de base de datos en %where: %reason. Revisa la dirección de la base de datos y que su servidor esté en marcha.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="336"/>
        <source>The database URL %where is not one Mostrador can use: %reason.</source>
        <translation>Mostrador no puede usar la URL de base de datos %where: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="338"/>
        <source>The database %where was written by a newer Mostrador (schema %schema). Install the newer version to open it.</source>
        <translation>La base de datos %where la escribió un Mostrador más reciente (esquema %schema). Instala la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="341"/>
        <source>The database %where holds tables that are not Mostrador&apos;s. Use an empty database or another data folder.</source>
        <translation>La base de datos %where contiene tablas que no son de Mostrador. Usa una base de datos vacía u otra carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="344"/>
        <source>Cannot create the data folder %folder: %reason.</source>
        <translation>No se puede crear la carpeta de datos %folder: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="346"/>
        <source>There is no database at %where.</source>
        <translation>No hay ninguna base de datos en %where.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="348"/>
        <source>%where is a folder, not a database file.</source>
        <translation>%where es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="350"/>
        <source>The database %where is at schema %schema; open it once for writing to upgrade it.</source>
        <translation>La base de datos %where está en el esquema %schema; ábrela una vez para escribir y así actualizarla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="352"/>
        <source>The database %where is damaged (%problem); Mostrador will not write to it. To go on, run `python -m workstation check --recover`, which copies what can be read into a new database.</source>
        <translation>La base de datos %where está dañada (%problem); Mostrador no escribirá en ella. Para seguir, ejecuta `python -m workstation check --recover`, que copia lo que se pueda leer en una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="355"/>
        <source>The database %where is damaged (%problem); Mostrador will not write to it. To go on, restore the newest backup (%backup) or run `python -m workstation check --recover`, which copies what can be read into a new database.</source>
        <translation>La base de datos %where está dañada (%problem); Mostrador no escribirá en ella. Para seguir, restaura la copia de seguridad más reciente (%backup) o ejecuta `python -m workstation check --recover`, que copia lo que se pueda leer en una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="359"/>
        <source>Cannot write to the data folder %folder: %reason. Check that it exists, that you may write to it and that its disk is not full.</source>
        <translation>No se puede escribir en la carpeta de datos %folder: %reason. Comprueba que existe, que puedes escribir en ella y que su disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="362"/>
        <source>Cannot restore %backup in place of %where: %reason.</source>
        <translation>No se puede restaurar %backup en lugar de %where: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="364"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="366"/>
        <source>%file already exists; choose another name.</source>
        <translation>%file ya existe; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="368"/>
        <source>There is no inbox named “%inbox”.</source>
        <translation>No hay ningún buzón llamado «%inbox».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="370"/>
        <source>Cannot write the review pack %file: %reason.</source>
        <translation>No se puede escribir el paquete de revisión %file: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="372"/>
        <source>%where is not a PostgreSQL URL; a team shares a PostgreSQL database. Give postgresql://ADMIN@HOST/DATABASE.</source>
        <translation>%where no es una URL de PostgreSQL; un equipo comparte una base de datos PostgreSQL. Indica postgresql://ADMIN@SERVIDOR/BASEDEDATOS.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="375"/>
        <source>The role in %where may not create the database %database. Create it as the server&apos;s administrator, or give a role with CREATEDB.</source>
        <translation>El rol de %where no puede crear la base de datos %database. Créala como administrador del servidor o indica un rol con CREATEDB.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="378"/>
        <source>Cannot reach the database server at %where: %reason.</source>
        <translation>No se puede contactar con el servidor de base de datos en %where: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="380"/>
        <source>You are signed in to the team database as %role, which is %agent; you cannot act as %who.</source>
        <translation>Has iniciado sesión en la base de datos del equipo como %role, que es %agent; no puedes actuar como %who.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="382"/>
        <source>Synced by %who.</source>
        <translation>Lo sincroniza %who.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="384"/>
        <source>Synced by another desk.</source>
        <translation>Lo sincroniza otro puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="386"/>
        <source>This desk has no password for %account, and no desk is syncing it now. Add %account again on this desk (its password goes to this computer&apos;s keyring), or start the desk that has it.</source>
        <translation>Este puesto no tiene la contraseña de %account y ningún puesto lo está sincronizando ahora. Añade %account de nuevo en este puesto (su contraseña va al llavero de este ordenador) o arranca el puesto que la tiene.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="389"/>
        <source>Cannot reach the team&apos;s database to take the sync lock of %account (%reason).</source>
        <translation>No se puede contactar con la base de datos del equipo para tomar el bloqueo de sincronización de %account (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="391"/>
        <source>%url is not an https address, so Mostrador will not send a sign-in through it.</source>
        <translation>%url no es una dirección https, así que Mostrador no enviará un inicio de sesión a través de ella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="393"/>
        <source>The sign-in server %host refused: %answer (%error).</source>
        <translation>El servidor de inicio de sesión %host lo rechazó: %answer (%error).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="395"/>
        <source>The sign-in server %host answered HTTP %status (%reason).</source>
        <translation>El servidor de inicio de sesión %host respondió HTTP %status (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="397"/>
        <source>The certificate of the sign-in server %host is not trusted (%reason).</source>
        <translation>El certificado del servidor de inicio de sesión %host no es de confianza (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="399"/>
        <source>The sign-in server %host did not answer within %seconds s.</source>
        <translation>El servidor de inicio de sesión %host no respondió en %seconds s.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="401"/>
        <source>Cannot reach the sign-in server %host (%reason).</source>
        <translation>No se puede contactar con el servidor de inicio de sesión %host (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="403"/>
        <source>The sign-in server %host answered something that is not JSON.</source>
        <translation>El servidor de inicio de sesión %host respondió algo que no es JSON.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="405"/>
        <source>The sign-in server %host answered without an access token.</source>
        <translation>El servidor de inicio de sesión %host respondió sin un token de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="407"/>
        <source>No web browser could be opened for the sign-in. Open this address yourself: %url</source>
        <translation>No se pudo abrir ningún navegador para el inicio de sesión. Abre tú esta dirección: %url</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="409"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="411"/>
        <source>Nobody finished the sign-in in the browser within %minutes minutes. Try again.</source>
        <translation>Nadie terminó el inicio de sesión en el navegador en %minutes minutos. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="413"/>
        <source>The sign-in was not finished: %answer.</source>
        <translation>El inicio de sesión no se terminó: %answer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="415"/>
        <source>The sign-in answer came from %issuer, not from %expected; it was refused.</source>
        <translation>La respuesta del inicio de sesión vino de %issuer, no de %expected; se ha rechazado.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="417"/>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>La respuesta del inicio de sesión no traía código de autorización.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="419"/>
        <source>The sign-in server %host gave no refresh token, so Mostrador would have to ask you to sign in every hour. Check that the client may ask for offline access.</source>
        <translation>El servidor de inicio de sesión %host no dio ningún token de renovación, así que Mostrador tendría que pedirte que iniciaras sesión cada hora. Comprueba que el cliente puede pedir acceso sin conexión (offline access).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="422"/>
        <source>Signing in with %provider needs your organisation&apos;s client ID: fill in the Client ID field.</source>
        <translation>Para iniciar sesión con %provider hace falta el ID de cliente de tu organización: rellena el campo ID de cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="424"/>
        <source>The identity provider at %issuer names itself %named, so its sign-in cannot be trusted. Check the issuer URL.</source>
        <translation>El proveedor de identidad de %issuer dice llamarse %named, así que no se puede confiar en su inicio de sesión. Revisa la URL del emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="427"/>
        <source>The identity provider at %issuer does not say its name, so its sign-in cannot be trusted. Check the issuer URL.</source>
        <translation>El proveedor de identidad de %issuer no dice su nombre, así que no se puede confiar en su inicio de sesión. Revisa la URL del emisor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="430"/>
        <source>The identity provider at %issuer does not publish its %field.</source>
        <translation>El proveedor de identidad de %issuer no publica su %field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="432"/>
        <source>The sign-in server gave a refresh token of %length characters, more than a keyring entry holds on every system (%limit bytes on Windows); it was not stored. Ask your identity provider&apos;s administrator about token size.</source>
        <translation>El servidor de inicio de sesión dio un token de renovación de %length caracteres, más de lo que cabe en una entrada del llavero en todos los sistemas (%limit bytes en Windows); no se ha guardado. Consulta el tamaño del token con el administrador de tu proveedor de identidad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="436"/>
        <source>%account has no sign-in kept in the keyring. Sign in again.</source>
        <translation>%account no tiene ningún inicio de sesión guardado en el llavero. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="438"/>
        <source>This account has no sign-in kept in the keyring. Sign in again.</source>
        <translation>Este buzón no tiene ningún inicio de sesión guardado en el llavero. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="440"/>
        <source>The sign-in of %account is no longer accepted by %issuer (revoked or expired). Sign in again.</source>
        <translation>%issuer ya no acepta el inicio de sesión de %account (revocado o caducado). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="443"/>
        <source>The sign-in of this account is no longer accepted by %issuer (revoked or expired). Sign in again.</source>
        <translation>%issuer ya no acepta el inicio de sesión de este buzón (revocado o caducado). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="446"/>
        <source>The keyring backend PYTHON_KEYRING_BACKEND=%backend cannot be loaded (%reason).</source>
        <translation>No se puede cargar el backend del llavero PYTHON_KEYRING_BACKEND=%backend (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="449"/>
        <source>The keyring backend cannot be loaded (%reason).</source>
        <translation>No se puede cargar el backend del llavero (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="451"/>
        <source>No keyring backend is available to store passwords.</source>
        <translation>No hay ningún backend de llavero disponible para guardar contraseñas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="453"/>
        <source>The keyring (%backend) refused to store the password: %reason.</source>
        <translation>El llavero (%backend) se negó a guardar la contraseña: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="455"/>
        <source>The keyring (%backend) could not be read: %reason.</source>
        <translation>No se pudo leer el llavero (%backend): %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="457"/>
        <source>The keyring (%backend) could not delete the password: %reason.</source>
        <translation>El llavero (%backend) no pudo borrar la contraseña: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="459"/>
        <source>%account cannot sign in: %reason</source>
        <translation>%account no puede iniciar sesión: %reason</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="461"/>
        <source>%account must be signed in again before it can sync or send. Use “Sign in again” on the account.</source>
        <translation>Hay que volver a iniciar sesión en %account antes de que pueda sincronizar o enviar. Usa «Volver a iniciar sesión» en el buzón.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="464"/>
        <source>%account could not renew its sign-in: %reason It is tried again at the next sync.</source>
        <translation>%account no pudo renovar su inicio de sesión: %reason Se vuelve a intentar en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="472"/>
        <source>Plain (unencrypted) SMTP to %host is refused; use ssl or starttls.</source>
        <translation>Se rechaza SMTP sin cifrar hacia %host; usa ssl o starttls.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="474"/>
        <source>The certificate of the SMTP server %where is not trusted (%reason).</source>
        <translation>El certificado del servidor SMTP %where no es de confianza (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="476"/>
        <source>The SMTP server name %host is unknown (%reason).</source>
        <translation>No se conoce el servidor SMTP %host (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="478"/>
        <source>Cannot connect to the SMTP server %where: %reason.</source>
        <translation>No se puede conectar con el servidor SMTP %where: %reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="480"/>
        <source>The SMTP server %where does not offer STARTTLS; Mostrador will not send in plain text. Use ssl, or ask the provider to enable TLS.</source>
        <translation>El servidor SMTP %where no ofrece STARTTLS; Mostrador no enviará sin cifrar. Usa ssl o pide al proveedor que active TLS.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="483"/>
        <source>The SMTP server %where refused STARTTLS (%answer); Mostrador will not send in plain text.</source>
        <translation>El servidor SMTP %where rechazó STARTTLS (%answer); Mostrador no enviará sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="485"/>
        <source>The SMTP server %where asks for a password and the keyring has none. Add the account again to store it.</source>
        <translation>El servidor SMTP %where pide una contraseña y el llavero no tiene ninguna. Añade el buzón de nuevo para guardarla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="488"/>
        <source>The SMTP server %where refused the sign-in token for %user (%answer). It is renewed at the next attempt; if that fails too, sign in again.</source>
        <translation>El servidor SMTP %where rechazó el token de inicio de sesión de %user (%answer). Se renueva en el próximo intento; si también falla, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="491"/>
        <source>The SMTP server %where refused the user name or password for %user (%answer).</source>
        <translation>El servidor SMTP %where ha rechazado el usuario o la contraseña de %user (%answer).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="493"/>
        <source>The SMTP server %where dropped the connection while greeting (%reason).</source>
        <translation>El servidor SMTP %where cortó la conexión al saludar (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="495"/>
        <source>The SMTP server %where does not take OAuth sign-ins (no XOAUTH2 or OAUTHBEARER). Use a password for this account, or check the server.</source>
        <translation>El servidor SMTP %where no admite inicios de sesión OAuth (ni XOAUTH2 ni OAUTHBEARER). Usa una contraseña para este buzón o revisa el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="498"/>
        <source>The SMTP server %where does not take internationalised addresses (SMTPUTF8), so %address cannot be reached through it.</source>
        <translation>El servidor SMTP %where no admite direcciones internacionalizadas (SMTPUTF8), así que no se puede llegar a %address a través de él.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="501"/>
        <source>The SMTP server %where refused the sender %sender: “%answer”.</source>
        <translation>El servidor SMTP %where rechazó el remitente %sender: «%answer».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="503"/>
        <source>The SMTP server %where refused the sender %sender for now: “%answer”; it will be tried again.</source>
        <translation>El servidor SMTP %where rechazó por ahora el remitente %sender: «%answer»; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="506"/>
        <source>The SMTP server %where refused the recipient %recipient: “%answer”.</source>
        <translation>El servidor SMTP %where rechazó el destinatario %recipient: «%answer».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="508"/>
        <source>The SMTP server %where refused the recipient %recipient for now: “%answer”; it will be tried again.</source>
        <translation>El servidor SMTP %where rechazó por ahora el destinatario %recipient: «%answer»; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="511"/>
        <source>The SMTP server %where refused the message: “%answer”.</source>
        <translation>El servidor SMTP %where rechazó el mensaje: «%answer».</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="513"/>
        <source>The SMTP server %where refused the message for now: “%answer”; it will be tried again.</source>
        <translation>El servidor SMTP %where rechazó por ahora el mensaje: «%answer»; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="515"/>
        <source>The connection to the SMTP server %where was lost before the message was sent (%reason).</source>
        <translation>Se perdió la conexión con el servidor SMTP %where antes de enviar el mensaje (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="517"/>
        <source>The connection to the SMTP server %where was lost while sending (%reason).</source>
        <translation>Se perdió la conexión con el servidor SMTP %where durante el envío (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="519"/>
        <source>The connection to the SMTP server %where was lost after the whole message was handed over (%reason); the server may have sent it.</source>
        <translation>Se perdió la conexión con el servidor SMTP %where después de entregarle el mensaje entero (%reason); puede que el servidor lo haya enviado.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="528"/>
        <source>Sending was interrupted after it started; the server may have the message. Mostrador looks for it in Sent; resend it or mark it sent once you know.</source>
        <translation>El envío se interrumpió después de empezar; puede que el servidor tenga el mensaje. Mostrador lo busca en Enviados; reenvíalo o márcalo como enviado cuando lo sepas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="531"/>
        <source>Its inbox was removed after it was queued, so there is no server to send it through. Add the inbox again and send it anew.</source>
        <translation>Su buzón se eliminó después de ponerla en la cola, así que no hay servidor por el que enviarla. Añade el buzón de nuevo y vuelve a enviarla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="534"/>
        <source>its inbox was removed after it was queued.</source>
        <translation>su buzón se eliminó después de ponerla en la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="536"/>
        <source>Reply #%reply cannot be sent: %reason</source>
        <translation>La respuesta #%reply no se puede enviar: %reason</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="538"/>
        <source>The connection was lost before this reply was sent; it will be tried again.</source>
        <translation>Se perdió la conexión antes de enviar esta respuesta; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="540"/>
        <source>Gave up after %days days of trying: %reason</source>
        <translation>Se dejó de intentar tras %days días: %reason</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="542"/>
        <source>Sent copies wait: %reason</source>
        <translation>Las copias para Enviados esperan: %reason</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="544"/>
        <source>Sent copies wait: the IMAP connection was lost (%reason).</source>
        <translation>Las copias para Enviados esperan: se perdió la conexión IMAP (%reason).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="546"/>
        <source>The inbox %inbox no longer exists.</source>
        <translation>El buzón %inbox ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="548"/>
        <source>No password in the keyring for this inbox.</source>
        <translation>No hay contraseña en el llavero para este buzón.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="550"/>
        <source>Cannot find or create the Sent folder on %host (%reason).</source>
        <translation>No se puede encontrar ni crear la carpeta Enviados en %host (%reason).</translation>
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
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="82"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
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
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="63"/>
        <source>Who is at this desk?</source>
        <translation>¿Quién está en este puesto?</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="64"/>
        <source>Replies, notes and changes are signed with your name, and My queue shows the tickets assigned to you. Choose yourself, or type your name to join.</source>
        <translation>Las respuestas, notas y cambios se firman con tu nombre, y Mi cola muestra los casos que tienes asignados. Elígete, o escribe tu nombre para unirte.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="72"/>
        <source>&amp;I am:</source>
        <translation>&amp;Soy:</translation>
    </message>
</context>
<context>
    <name>InboxesDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="48"/>
        <source>Inboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Inbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="71"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="72"/>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="73"/>
        <location filename="../../ui/accounts_dialog.py" line="145"/>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="74"/>
        <location filename="../../ui/accounts_dialog.py" line="147"/>
        <source>Pause syncing</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="75"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="107"/>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="107"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="107"/>
        <source>sign in again</source>
        <translation>volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="108"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="110"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="110"/>
        <source>OAuth (%1)</source>
        <translation>OAuth (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="142"/>
        <source>No inbox yet: File › Add a support inbox…</source>
        <translation>Aún no hay buzones: Archivo › Añadir un buzón de soporte…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="145"/>
        <source>Change password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="146"/>
        <source>Resume syncing</source>
        <translation>Reanudar la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="150"/>
        <source>%1 must be signed in again: its sign-in was withdrawn or has expired. Nothing syncs or sends from it until then.</source>
        <translation>Hay que volver a iniciar sesión en %1: su inicio de sesión se retiró o caducó. Hasta entonces no se sincroniza ni se envía nada desde él.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="157"/>
        <source>IMAP %1 · SMTP %2</source>
        <translation>IMAP %1 · SMTP %2</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="189"/>
        <source>Saved. Test it to check the new settings.</source>
        <translation>Guardado. Pruébelo para comprobar la nueva configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="197"/>
        <source>Logging in to both servers…</source>
        <translation>Iniciando sesión en los dos servidores…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="204"/>
        <source>%1: signed in, it works.</source>
        <translation>%1: sesión iniciada, funciona.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="204"/>
        <source>%1 did not work: %2</source>
        <translation>%1 no funcionó: %2</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="212"/>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="213"/>
        <source>New password for %1:</source>
        <translation>Nueva contraseña para %1:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="217"/>
        <source>Password changed; it is in your keyring.</source>
        <translation>Contraseña cambiada; está en su llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="223"/>
        <source>Waiting for sign-in in your browser…</source>
        <translation>Esperando el inicio de sesión en su navegador…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="226"/>
        <source>Signed in again; %1 syncs and sends as before.</source>
        <translation>Sesión iniciada de nuevo; %1 sincroniza y envía como antes.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="234"/>
        <source>%1 is paused: nothing syncs until you resume it.</source>
        <translation>%1 está en pausa: no se sincroniza nada hasta que lo reanude.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="235"/>
        <source>%1 syncs again.</source>
        <translation>%1 vuelve a sincronizarse.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="244"/>
        <source>Remove inbox</source>
        <translation>Quitar el buzón</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="245"/>
        <source>Remove %1? Its %2 tickets stay in the queue, marked as from a removed inbox; its password or sign-in is deleted from the keyring.</source>
        <translation>¿Quitar %1? Sus %2 tickets se quedan en la cola, marcados como de un buzón quitado; su contraseña o inicio de sesión se borra del llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="250"/>
        <source>%1 removed; its tickets stay.</source>
        <translation>%1 quitado; sus tickets se quedan.</translation>
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
        <source>Send refused by the gate (nothing sent)</source>
        <translation>Envío rechazado por la puerta (no se envió nada)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>reply returned to its author</source>
        <translation>respuesta devuelta a su autor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>reply sent</source>
        <translation>respuesta enviada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>sending will be tried again</source>
        <translation>se volverá a intentar el envío</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>the server refused the reply</source>
        <translation>el servidor rechazó la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>delivery uncertain</source>
        <translation>entrega incierta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>reply found in Sent</source>
        <translation>respuesta encontrada en Enviados</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>reply queued again</source>
        <translation>respuesta en cola de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>reply recorded as sent</source>
        <translation>respuesta registrada como enviada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>promise kept</source>
        <translation>promesa cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>promise past its date</source>
        <translation>promesa fuera de plazo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>customer&apos;s score received</source>
        <translation>valoración del cliente recibida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>guide started</source>
        <translation>guía empezada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>guide step done</source>
        <translation>paso de la guía hecho</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>guide step skipped</source>
        <translation>paso de la guía saltado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>linked to an incident</source>
        <translation>vinculado a un incidente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>incident update queued</source>
        <translation>actualización del incidente en cola</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>change undone</source>
        <translation>cambio deshecho</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>internal note added</source>
        <translation>nota interna añadida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>another ticket merged in</source>
        <translation>otro caso fusionado aquí</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>its inbox was removed</source>
        <translation>se quitó su buzón</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>merged into another ticket</source>
        <translation>fusionado con otro caso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>a message split off</source>
        <translation>un mensaje separado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>split from another ticket</source>
        <translation>separado de otro caso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>incident declared</source>
        <translation>incidente declarado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>update sent to every affected customer</source>
        <translation>actualización enviada a cada cliente afectado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>incident resolved</source>
        <translation>incidente resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>lesson recorded</source>
        <translation>lección registrada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>review note imported</source>
        <translation>nota de revisión importada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>reopened: the customer wrote again</source>
        <translation>reabierto: el cliente volvió a escribir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>filed as spam</source>
        <translation>archivado como spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>filed for the record</source>
        <translation>archivado como constancia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>language changed</source>
        <translation>idioma cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>customer merged with another (same person)</source>
        <translation>cliente fusionado con otro (la misma persona)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>customer record edited</source>
        <translation>ficha del cliente editada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>check the promise</source>
        <translation>comprobar la promesa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>tell the customer it is done</source>
        <translation>contar al cliente que está hecho</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>waiting for the customer&apos;s score</source>
        <translation>esperando la valoración del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>follow up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Inbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Comes back</source>
        <translation>Vuelve</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <source>overdue %1</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Flagged on the mail server.</source>
        <translation>Marcado con bandera en el servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Deleted on the mail server; kept here with its ticket.</source>
        <translation>Borrado en el servidor de correo; se conserva aquí con su ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Mostrador</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <location filename="../../ui/self_test.py" line="125"/>
        <location filename="../../ui/account_dialog.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Add a support inbox…</source>
        <translation>&amp;Añadir un buzón de soporte…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Inboxes…</source>
        <translation>&amp;Buzones…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Remove sample data</source>
        <translation>&amp;Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Team database…</source>
        <translation>Base de datos del &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Sync mail now</source>
        <translation>&amp;Sincronizar el correo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Crisis mode…</source>
        <translation>Modo &amp;crisis…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Playbooks…</source>
        <translation>&amp;Guías…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Default order (what is due first)</source>
        <translation>&amp;Orden por defecto (lo que vence antes)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Supervise</source>
        <translation>&amp;Supervisar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Panel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Record a &amp;lesson…</source>
        <translation>Registrar una &amp;lección…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;About Mostrador</source>
        <translation>A&amp;cerca de Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Inbox added. Its password or sign-in is in your keyring.</source>
        <translation>Buzón añadido. Su contraseña o inicio de sesión está en su llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Writing sample tickets…</source>
        <translation>Creando casos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Removed %1 sample tickets.</source>
        <translation>Se han quitado %1 casos de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Start the folder afresh</source>
        <translation>Empezar la carpeta de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>%1 will be read again from the server as it is now. The messages stored before stay with their tickets, marked as no longer on the server. Go ahead?</source>
        <translation>%1 se leerá de nuevo del servidor tal como está ahora. Los mensajes guardados antes se quedan con sus tickets, marcados como que ya no están en el servidor. ¿Seguir?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>%1 starts afresh; the %2 messages stored before are kept.</source>
        <translation>%1 empieza de nuevo; se conservan los %2 mensajes guardados antes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Promise kept</source>
        <translation>Promesa cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>What changed because the customer complained? (optional, it goes into the message you can still edit)</source>
        <translation>¿Qué ha cambiado gracias a la queja del cliente? (opcional; va en el mensaje, que aún puedes editar)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>Message split into ticket #%1. Ctrl+Z undoes it.</source>
        <translation>Mensaje separado en el caso #%1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>%1 promises are past their date: see Promises to keep.</source>
        <translation>%1 promesas han pasado su fecha: mira Promesas por cumplir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Reply #%1 %2.</source>
        <translation>La respuesta #%1 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Mostrador: review pack %1 (read-only)</source>
        <translation>Mostrador: paquete de revisión %1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Coaching note…</source>
        <translation>Nota de formación…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Review pack, read-only: nothing here changes the live queue or reaches a customer. Your coaching notes (N) and flags (F) are saved in this file; back at the office, `python -m workstation import review-notes %1` brings them in.</source>
        <translation>Paquete de revisión, solo lectura: nada de aquí cambia la cola real ni llega a un cliente. Tus notas de formación (N) y marcas (F) se guardan en este archivo; de vuelta en la oficina, `python -m workstation import review-notes %1` las incorpora.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Select a ticket of the kind of complaint the lesson is about.</source>
        <translation>Selecciona un caso del tipo de queja del que trata la lección.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <location filename="../../ui/main_window.py" line="504"/>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>What was the root cause?</source>
        <translation>¿Cuál fue la causa de fondo?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>What did we change?</source>
        <translation>¿Qué hemos cambiado?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Which words did the customers who complained about it use? Whole words; &quot;quotes&quot; for a phrase. Empty: only this ticket&apos;s customer.</source>
        <translation>¿Qué palabras usaron los clientes que se quejaron de esto? Palabras enteras; &quot;comillas&quot; para una frase. Vacío: solo el cliente de este ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Lesson recorded; %1 customers complained about this.</source>
        <translation>Lección registrada; %1 clientes se quejaron de esto.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Tell them what changed</source>
        <translation>Cuéntales qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Goes to each of the %1 customers who complained about this, on their latest ticket of that kind; {change} is what you changed.</source>
        <translation>Va a cada uno de los %1 clientes que se quejaron de esto, en su último caso de ese tipo; {change} es lo que has cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Hello {name}: because you told us, we have changed this: {change}. </source>
        <translation>Hola, {name}: gracias a que nos lo contaste, hemos cambiado esto: {change}. </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>%1 customers will hear what changed.</source>
        <translation>%1 clientes sabrán qué ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>There is no view %1.</source>
        <translation>No hay ninguna vista %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Some replies need you: open File › Outbox to decide.</source>
        <translation>Algunas respuestas te necesitan: abre Archivo › Bandeja de salida para decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>%1 replies sent.</source>
        <translation>%1 respuestas enviadas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>Something went wrong inside Mostrador (%1); details are in the log.</source>
        <translation>Algo ha fallado dentro de Mostrador (%1); los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="628"/>
        <source>About Mostrador</source>
        <translation>Acerca de Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>Mostrador: every support inbox in one queue, every answer a concrete action.</source>
        <translation>Mostrador: todos los buzones de soporte en una cola, cada respuesta una acción concreta.</translation>
    </message>
</context>
<context>
    <name>MergePicker</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="293"/>
        <source>Merge another customer into this one</source>
        <translation>Fusionar otro cliente con este</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="299"/>
        <source>A name or an address, e.g. pablo@ or Gil</source>
        <translation>Un nombre o una dirección, p. ej. pablo@ o Gil</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="302"/>
        <location filename="../../ui/customer_dialog.py" line="326"/>
        <source>Type at least two characters.</source>
        <translation>Escribe al menos dos caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="305"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="309"/>
        <source>&amp;Find the customer:</source>
        <translation>&amp;Buscar el cliente:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="336"/>
        <source>%1 · %2 tickets</source>
        <translation>%1 · %2 casos</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="340"/>
        <source>No customer has that name or address.</source>
        <translation>Ningún cliente tiene ese nombre o dirección.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../../ui/notify.py" line="43"/>
        <source>New messages</source>
        <extracomment>How often the store is read for news besides after each sync (another desk&apos;s decisions, promises).</extracomment>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="43"/>
        <source>Customers wrote on %1 of your tickets.</source>
        <translation>Los clientes han escrito en %1 de tus casos.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="45"/>
        <source>%1 wrote</source>
        <translation>%1 ha escrito</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="46"/>
        <source>On your ticket #%1: %2</source>
        <translation>En tu caso #%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="50"/>
        <source>Tickets reopened</source>
        <translation>Casos reabiertos</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="50"/>
        <source>Customers wrote on %1 closed tickets; they are open again.</source>
        <translation>Los clientes han escrito en %1 casos cerrados; vuelven a estar abiertos.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="52"/>
        <source>A closed ticket is open again</source>
        <translation>Un caso cerrado vuelve a estar abierto</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="53"/>
        <source>%1 wrote on #%2: %3</source>
        <translation>%1 ha escrito en el #%2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="57"/>
        <source>Replies returned</source>
        <translation>Respuestas devueltas</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="57"/>
        <source>%1 of your replies came back to you.</source>
        <translation>Te han devuelto %1 de tus respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="59"/>
        <source>%1 returned your reply</source>
        <translation>%1 te ha devuelto la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="60"/>
        <source>On #%1: %2</source>
        <translation>En el #%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="63"/>
        <source>Replies approved</source>
        <translation>Respuestas aprobadas</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="63"/>
        <source>%1 of your replies were approved and go out now.</source>
        <translation>Se han aprobado %1 de tus respuestas y salen ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="65"/>
        <source>%1 approved your reply</source>
        <translation>%1 ha aprobado tu respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="66"/>
        <source>On #%1 (%2): it goes out now.</source>
        <translation>En el #%1 (%2): sale ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="70"/>
        <source>A promise is due today</source>
        <translation>Una promesa vence hoy</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="71"/>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="72"/>
        <source>Promises due today</source>
        <translation>Promesas que vencen hoy</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="72"/>
        <source>%1 of your promises are due today: see Promises to keep.</source>
        <translation>%1 de tus promesas vencen hoy: mira Promesas por cumplir.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="153"/>
        <source>Mostrador: %1 tickets waiting for you</source>
        <extracomment>(kind, title, text) of every notice given, newest last.</extracomment>
        <translation>Mostrador: %1 casos te esperan</translation>
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
        <location filename="../../ui/composer/outbox_dialog.py" line="53"/>
        <source>ref. %1</source>
        <translation>ref. %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="55"/>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="57"/>
        <source>by %1</source>
        <translation>antes del %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="66"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="67"/>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="68"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="75"/>
        <source>Commits to:</source>
        <translation>Se compromete a:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="80"/>
        <source>No structured action: the text alone answers.</source>
        <translation>Sin acción estructurada: responde solo el texto.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="94"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="103"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="103"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="103"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="103"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="104"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="110"/>
        <source>Nothing waiting: every reply was sent.</source>
        <translation>Nada pendiente: se enviaron todas las respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="129"/>
        <source>Select the words in the text that state the action</source>
        <translation>Selecciona en el texto las palabras que cuentan la acción</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="136"/>
        <source>When approving, teach the gate that</source>
        <translation>Al aprobar, enseñar a la puerta que</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="138"/>
        <source>states a</source>
        <translation>cuenta una acción de tipo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="147"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="149"/>
        <source>Return to author…</source>
        <translation>Devolver al autor…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="150"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="151"/>
        <source>The customer got it</source>
        <translation>El cliente la recibió</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="157"/>
        <source>Acting as</source>
        <translation>Actúas como</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="192"/>
        <source>Sent for review (the gate did not recognise the text)</source>
        <translation>Enviada a revisión (la puerta no reconoció el texto)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="226"/>
        <source>Sent for review: the gate refused it, though its actions are complete. Read it and decide:</source>
        <translation>Enviada a revisión: la puerta la rechazó, aunque sus acciones están completas. Léela y decide:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="230"/>
        <source>Waits for approval: %1</source>
        <translation>Espera aprobación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="232"/>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="255"/>
        <source>Return to author</source>
        <translation>Devolver al autor</translation>
    </message>
    <message>
        <location filename="../../ui/composer/outbox_dialog.py" line="256"/>
        <source>What should the author change?</source>
        <translation>¿Qué debe cambiar el autor?</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../ui/places.py" line="23"/>
        <source>C&amp;ustomer record…</source>
        <translation>Ficha del &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="27"/>
        <source>&amp;Export review pack…</source>
        <translation>&amp;Exportar paquete de revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="44"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Selecciona un caso para ver su cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="76"/>
        <source>Review pack written to %1 (%2 tickets).</source>
        <translation>Paquete de revisión escrito en %1 (%2 casos).</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="59"/>
        <source>Playbooks</source>
        <translation>Guías</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="65"/>
        <source>New playbook…</source>
        <translation>Guía nueva…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="86"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="87"/>
        <source>&amp;YAML (advanced)</source>
        <translation>&amp;YAML (avanzado)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="95"/>
        <source>Save to my playbooks</source>
        <translation>Guardar en mis guías</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="98"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="101"/>
        <source>Playbook:</source>
        <translation>Guía:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="136"/>
        <source>The YAML cannot be read, so the form cannot show it: fix it in the YAML tab (the problems are listed below).</source>
        <translation>El YAML no se puede leer, así que el formulario no puede mostrarlo: corrígelo en la pestaña YAML (los problemas están abajo).</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="156"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="160"/>
        <source>Valid: %1 steps.</source>
        <translation>Válida: %1 pasos.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="161"/>
        <source>Fix the problems listed to save.</source>
        <translation>Corrige los problemas de la lista para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_editor.py" line="170"/>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
</context>
<context>
    <name>PlaybookForm</name>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="37"/>
        <source>a reply to the customer</source>
        <translation>una respuesta al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="38"/>
        <source>the problem in the customer&apos;s words</source>
        <translation>el problema con las palabras del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="39"/>
        <source>what we got wrong, said plainly</source>
        <translation>en qué nos equivocamos, dicho claramente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="40"/>
        <source>a reply that commits to a concrete action</source>
        <translation>una respuesta que se compromete a una acción concreta</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="41"/>
        <source>a follow-up with a date</source>
        <translation>un seguimiento con fecha</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="42"/>
        <source>an internal note naming who fixes the cause</source>
        <translation>una nota interna con quién arregla la causa</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="43"/>
        <source>the loop-closing message to the customer</source>
        <translation>el mensaje que cierra el ciclo con el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="44"/>
        <source>nothing: the agent ticks it</source>
        <translation>nada: el agente lo marca</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="103"/>
        <source>lower-case letters, digits and _ (e.g. double_charge)</source>
        <translation>minúsculas, cifras y _ (p. ej. cobro_doble)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="107"/>
        <source>One phrase per line, as customers write it</source>
        <translation>Una frase por línea, como la escriben los clientes</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="108"/>
        <source>Playbook</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="110"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="111"/>
        <location filename="../../ui/guide/playbook_form.py" line="159"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="112"/>
        <source>Suggested when a
message says:</source>
        <translation>Se sugiere cuando
un mensaje dice:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="116"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="117"/>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="119"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="121"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="123"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="132"/>
        <source>Steps, in order:</source>
        <translation>Pasos, en orden:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="152"/>
        <source>no time target</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="153"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="154"/>
        <source>Optional (may be left undone)</source>
        <translation>Opcional (puede quedar sin hacer)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="156"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="158"/>
        <source>K&amp;ey:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="160"/>
        <source>What to do
(guidance):</source>
        <translation>Qué hacer
(indicaciones):</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="161"/>
        <source>Done &amp;when there is:</source>
        <translation>Hecho &amp;cuando hay:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="162"/>
        <source>&amp;Within:</source>
        <translation>&amp;Plazo:</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="66"/>
        <location filename="../../ui/guide/playbook_panel.py" line="104"/>
        <location filename="../../ui/guide/playbook_panel.py" line="133"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="82"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="84"/>
        <source>Skip…</source>
        <translation>Saltar…</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="105"/>
        <source>Pick a ticket: when it is a moment that decides whether the customer stays (an outage, a double charge, a public complaint...), a guide appears here.</source>
        <translation>Elige un caso: cuando sea un momento que decide si el cliente se queda (una caída, un cobro duplicado, una queja pública...), aquí aparece una guía.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="139"/>
        <source>No guide fits this ticket. Answer with a concrete action as usual.</source>
        <translation>Ninguna guía encaja con este caso. Responde con una acción concreta, como siempre.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="141"/>
        <source>This looks like a moment that decides whether the customer stays. Start the guide:</source>
        <translation>Parece un momento que decide si el cliente se queda. Empieza la guía:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="153"/>
        <source>%1 of %2 steps</source>
        <translation>%1 de %2 pasos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="160"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="162"/>
        <source>target %1 min</source>
        <translation>objetivo %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="184"/>
        <source>Done when there is: %1</source>
        <translation>Hecho cuando haya: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="194"/>
        <source>a reply to the customer</source>
        <translation>una respuesta al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="195"/>
        <source>the problem in the customer&apos;s words (you write it when marking done)</source>
        <translation>el problema con las palabras del cliente (lo escribes al marcarlo hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="196"/>
        <source>what we got wrong, said plainly (you write it when marking done)</source>
        <translation>en qué nos equivocamos, dicho claramente (lo escribes al marcarlo hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="197"/>
        <source>a reply that commits to a concrete action, through the resolution gate</source>
        <translation>una respuesta que se compromete a una acción concreta, a través de la puerta de resolución</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="198"/>
        <source>a follow-up with a date (every action&apos;s due date makes one)</source>
        <translation>un seguimiento con fecha (la fecha de cada acción crea uno)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="199"/>
        <source>an internal note naming who fixes the cause</source>
        <translation>una nota interna con quién arregla la causa</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="200"/>
        <source>the loop-closing message (Mark done… on a kept promise)</source>
        <translation>el mensaje que cierra el círculo (Marcar como hecha… en una promesa cumplida)</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="201"/>
        <source>nothing more</source>
        <translation>nada más</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="241"/>
        <source>Skip a step</source>
        <translation>Saltar un paso</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_panel.py" line="241"/>
        <source>Why is this step skipped?</source>
        <translation>¿Por qué se salta este paso?</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="27"/>
        <source>A customer writes on one of my tickets</source>
        <translation>Un cliente escribe en uno de mis casos</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="28"/>
        <source>A customer answers a closed ticket</source>
        <translation>Un cliente responde a un caso cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="29"/>
        <source>A supervisor returns one of my replies</source>
        <translation>Un supervisor me devuelve una respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="30"/>
        <source>A supervisor approves one of my replies</source>
        <translation>Un supervisor aprueba una de mis respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31"/>
        <source>One of my promises is due today</source>
        <translation>Una de mis promesas vence hoy</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="100"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="106"/>
        <location filename="../../ui/preferences.py" line="111"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="111"/>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="112"/>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="117"/>
        <source>Readable, beside a bar</source>
        <translation>Legible, junto a una barra</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="118"/>
        <source>Smaller, as mail clients quote</source>
        <translation>Más pequeño, como citan los programas de correo</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="120"/>
        <source>Newest message first in conversations</source>
        <translation>El mensaje más reciente primero en las conversaciones</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="123"/>
        <source>After sending a reply, show the next ticket</source>
        <translation>Tras enviar una respuesta, mostrar el caso siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="126"/>
        <source>A new language or new colours apply the next time Mostrador starts.</source>
        <translation>Un idioma o unos colores nuevos se aplican la próxima vez que se abra Mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="129"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="131"/>
        <source>&amp;Who works at this desk:</source>
        <translation>&amp;Quién trabaja en este puesto:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="132"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="132"/>
        <source>&amp;Quoted text in replies:</source>
        <translation>&amp;Texto citado en las respuestas:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="143"/>
        <source>Desktop notifications</source>
        <translation>Avisos de escritorio</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="151"/>
        <source>Play a sound with each notification</source>
        <translation>Sonar con cada aviso</translation>
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
        <location filename="../../ui/composer/composer.py" line="170"/>
        <source>This ticket holds more than one customer. Answer:</source>
        <translation>Este ticket tiene más de un cliente. Responder a:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="179"/>
        <source>Addresses in copy, separated by commas</source>
        <translation>Direcciones en copia, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="180"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="180"/>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="199"/>
        <source>ticket&apos;s customer</source>
        <translation>cliente del ticket</translation>
    </message>
</context>
<context>
    <name>RepliesInPlace</name>
    <message>
        <location filename="../../ui/composer/in_place.py" line="60"/>
        <source>Someone is replying</source>
        <translation>Alguien está respondiendo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/in_place.py" line="61"/>
        <source>%1 is writing a reply to this ticket. Write one too?</source>
        <translation>%1 está escribiendo una respuesta a este ticket. ¿Escribir otra también?</translation>
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
    <name>ReviewPackDialog</name>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="62"/>
        <source>Export review pack</source>
        <translation>Exportar paquete de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="66"/>
        <source>A review pack is a file holding only the tickets chosen here, with their messages and customers, and no passwords: open it on a laptop with no network (mostrador --review FILE), write coaching notes, and bring them back.</source>
        <translation>Un paquete de revisión es un archivo con solo los casos elegidos aquí, con sus mensajes y clientes, y sin contraseñas: ábrelo en un portátil sin red (mostrador --review ARCHIVO), escribe notas de orientación y tráelas de vuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="70"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="73"/>
        <source>&amp;Until (inclusive)</source>
        <translation>&amp;Hasta (incluido)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="82"/>
        <source>Tickets opened from</source>
        <translation>Casos abiertos desde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="83"/>
        <source>Tickets opened until</source>
        <translation>Casos abiertos hasta</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="93"/>
        <source>All inboxes</source>
        <translation>Todos los buzones</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="94"/>
        <source>&amp;All agents&apos; tickets (assigned or not)</source>
        <translation>Los casos de &amp;todos los agentes (asignados o no)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="99"/>
        <source>Agents whose tickets go in the pack</source>
        <translation>Agentes cuyos casos van en el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="107"/>
        <source>Where to write the pack</source>
        <translation>Dónde escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="109"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="115"/>
        <source>Tickets opened:</source>
        <translation>Casos abiertos:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="116"/>
        <source>&amp;Inbox:</source>
        <translation>&amp;Buzón:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="119"/>
        <source>Agents:</source>
        <translation>Agentes:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="121"/>
        <source>&amp;Made for:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="124"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="132"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="160"/>
        <source>Save the review pack</source>
        <translation>Guardar el paquete de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="161"/>
        <source>Review packs (*.mostrador)</source>
        <translation>Paquetes de revisión (*.mostrador)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="182"/>
        <source>Choose where to write the pack.</source>
        <translation>Elige dónde escribir el paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="185"/>
        <source>Tick the agents whose tickets go in, or choose all agents.</source>
        <translation>Marca los agentes cuyos casos van en el paquete, o elige todos los agentes.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="190"/>
        <source>Writing the pack…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/review_pack_dialog.py" line="194"/>
        <source>Review pack written to %1: %2 tickets, no passwords. Open it with mostrador --review %1.</source>
        <translation>Paquete de revisión escrito en %1: %2 casos, sin contraseñas. Ábrelo con mostrador --review %1.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="101"/>
        <source>Remove sample data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="121"/>
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
        <location filename="../../ui/send_check.py" line="79"/>
        <source>The ticket changed while you wrote</source>
        <translation>El ticket cambió mientras escribía</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="80"/>
        <source>Since you opened this reply:</source>
        <translation>Desde que abrió esta respuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="82"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/send_check.py" line="83"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SetAsideBanner</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="61"/>
        <source>Start this folder afresh (local copies kept)</source>
        <extracomment>How long the row the queue selected by itself stays in front of the agent before it counts as seen.</extracomment>
        <translation>Empezar esta carpeta de nuevo (se conservan las copias locales)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="77"/>
        <source>%1 · %2 is no longer synced: the server renumbered its messages and they could not be matched with the copies here. Nothing stored is lost.</source>
        <translation>%1 · %2 ya no se sincroniza: el servidor renumeró sus mensajes y no se pudieron emparejar con las copias de aquí. No se pierde nada de lo guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="81"/>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../ui/app.py" line="249"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>The newest backup is {0}. Restoring it keeps the damaged file in the backups folder.</source>
        <translation>La copia de seguridad más reciente es {0}. Al restaurarla, el archivo dañado se guarda en la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="256"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="258"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="81"/>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="105"/>
        <source>%1: %2 of %3 messages (%4/s)</source>
        <translation>%1: %2 de %3 mensajes (%4/s)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="110"/>
        <source>%1: up to date (%2 new)</source>
        <translation>%1: al día (%2 nuevos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="120"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="132"/>
        <source>The sync stopped unexpectedly (%1).</source>
        <translation>La sincronización se detuvo de forma inesperada (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="143"/>
        <source>The sync could not start (%1).</source>
        <translation>La sincronización no pudo empezar (%1).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/notify.py" line="244"/>
        <source>%1: %2 messages (%3/s)</source>
        <translation>%1: %2 mensajes (%3/s)</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="264"/>
        <source>%1: could not sync. Click for the details.</source>
        <translation>%1: no se pudo sincronizar. Pulsa para ver los detalles.</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="267"/>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="274"/>
        <source>%1 inboxes synced</source>
        <translation>%1 buzones sincronizados</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="280"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/notify.py" line="288"/>
        <source>Mail sync</source>
        <translation>Sincronización del correo</translation>
    </message>
</context>
<context>
    <name>TeamSetupDialog</name>
    <message>
        <location filename="../../ui/team_setup.py" line="27"/>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/team_setup.py" line="30"/>
        <source>&lt;p&gt;Two to ten people can answer the same inboxes from one PostgreSQL database.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Give the URL of the database as its administrator (a role that may create databases and roles) and press &lt;b&gt;Create the team database&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Add each person with their own role: &lt;code&gt;python -m workstation --database URL agent add NAME --role&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Start each desk signed in as that person: &lt;code&gt;./mostrador start --database postgresql://ROLE@HOST/DATABASE&lt;/code&gt; (the password in &lt;code&gt;~/.pgpass&lt;/code&gt;, never in the URL).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;De dos a diez personas pueden atender los mismos buzones desde una sola base de datos PostgreSQL.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Indique la URL de la base de datos como su administrador (un rol que puede crear bases de datos y roles) y pulse &lt;b&gt;Crear la base de datos del equipo&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Añada a cada persona con su propio rol: &lt;code&gt;python -m workstation --database URL agent add NOMBRE --role&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Inicie cada puesto con la sesión de esa persona: &lt;code&gt;./mostrador start --database postgresql://ROL@SERVIDOR/BASE&lt;/code&gt; (la contraseña en &lt;code&gt;~/.pgpass&lt;/code&gt;, nunca en la URL).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/team_setup.py" line="44"/>
        <source>&amp;Connection URL</source>
        <translation>&amp;URL de conexión</translation>
    </message>
    <message>
        <location filename="../../ui/team_setup.py" line="46"/>
        <source>Create the team database</source>
        <translation>Crear la base de datos del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/team_setup.py" line="69"/>
        <source>Give the team database&apos;s URL first, e.g. postgresql://admin@dbhost/mostrador.</source>
        <translation>Indique primero la URL de la base de datos del equipo, p. ej. postgresql://admin@dbhost/mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/team_setup.py" line="72"/>
        <source>Setting up the team database…</source>
        <translation>Preparando la base de datos del equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/team_setup.py" line="77"/>
        <source>The team database %1 is ready; add each person with their own role (step 2).</source>
        <translation>La base de datos del equipo %1 está lista; añada a cada persona con su propio rol (paso 2).</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="101"/>
        <source>Assign to &amp;me</source>
        <translation>Asignarme a &amp;mí</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="103"/>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="104"/>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="105"/>
        <source>R&amp;esolve</source>
        <translation>R&amp;esolver</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="107"/>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="108"/>
        <source>Mark as spam</source>
        <translation>Marcar como spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="109"/>
        <source>Not spam</source>
        <translation>No es spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="110"/>
        <location filename="../../ui/queue/ticket_actions.py" line="180"/>
        <source>Block sender</source>
        <translation>Bloquear remitente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="111"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="114"/>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="118"/>
        <source>Internal note…</source>
        <translation>Nota interna…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="119"/>
        <source>Flag for coaching…</source>
        <translation>Marcar para formación…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="123"/>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="126"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="127"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="131"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="135"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="66"/>
        <location filename="../../ui/queue/ticket_actions.py" line="139"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="56"/>
        <source>assigned to %1</source>
        <translation>asignado a %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="57"/>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="59"/>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="62"/>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="65"/>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="67"/>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="68"/>
        <source>tag %1 removed</source>
        <translation>etiqueta %1 quitada</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="71"/>
        <source>woken up</source>
        <translation>despertado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="342"/>
        <location filename="../../ui/queue/ticket_actions.py" line="73"/>
        <source>snoozed until %1</source>
        <translation>pospuesto hasta el %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="115"/>
        <source>Remove tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="116"/>
        <source>Wake up (unsnooze)</source>
        <translation>Despertar (dejar de posponer)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="159"/>
        <source>Select a ticket first.</source>
        <translation>Primero selecciona un caso.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="181"/>
        <source>Every ticket of these senders goes to Spam, and so does their future mail, which then never reopens a ticket. Nothing is deleted; Not spam undoes it.</source>
        <translation>Todos los tickets de estos remitentes pasan a Spam, igual que su correo futuro, que ya nunca reabre un ticket. No se borra nada; «No es spam» lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="201"/>
        <source>Replies, templates and saved replies now use %1.</source>
        <translation>Las respuestas, plantillas y respuestas guardadas usan ahora: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="205"/>
        <source>%1 on %2 tickets. Ctrl+Z undoes it.</source>
        <translation>%1 en %2 casos. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="209"/>
        <source>Different customers</source>
        <translation>Clientes distintos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="210"/>
        <source>These tickets were from different customers. Both stay reachable: a reply on the merged ticket asks which of them to answer.</source>
        <translation>Estos tickets eran de clientes distintos. Los dos siguen localizables: al responder en el ticket fusionado se pregunta a cuál de ellos contestar.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="218"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="219"/>
        <source>Agent&apos;s name or e-mail:</source>
        <translation>Nombre o correo del agente:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="224"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="225"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="230"/>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="231"/>
        <source>Tag to remove:</source>
        <translation>Etiqueta que quitar:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="236"/>
        <source>Tomorrow at 9:00</source>
        <translation>Mañana a las 9:00</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="236"/>
        <source>In 3 days at 9:00</source>
        <translation>Dentro de 3 días a las 9:00</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="237"/>
        <source>Next Monday at 9:00</source>
        <translation>El próximo lunes a las 9:00</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="238"/>
        <source>A day and time of my choosing…</source>
        <translation>El día y la hora que yo elija…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="239"/>
        <location filename="../../ui/queue/ticket_actions.py" line="257"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="240"/>
        <source>Hide from the queue until:</source>
        <translation>Ocultar de la cola hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="262"/>
        <source>Hide from the queue &amp;until:</source>
        <translation>Ocultar de la cola &amp;hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="281"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="282"/>
        <source>Only agents see it; never sent:</source>
        <translation>Solo la ven los agentes; nunca se envía:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="288"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="295"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="296"/>
        <source>Merge into ticket number:</source>
        <translation>Fusionar con el caso número:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="318"/>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="320"/>
        <source>Undone on %1 tickets.</source>
        <translation>Deshecho en %1 casos.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="323"/>
        <source>Left alone, changed since: %1.</source>
        <translation>Sin tocar, cambiaron después: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="125"/>
        <source>Mark as u&amp;nread</source>
        <translation>Marcar como no &amp;leído</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_actions.py" line="193"/>
        <source>Marked as unread.</source>
        <translation>Marcado como no leído.</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <location filename="../../ui/supervisor/dashboard.py" line="271"/>
        <source>%1 tickets. Double-click one to open it.</source>
        <translation>%1 casos. Doble clic en uno para abrirlo.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../ui/guide/crisis.py" line="63"/>
        <source>Resolution for everyone affected</source>
        <translation>Resolución para todos los afectados</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="64"/>
        <source>Status update for everyone affected</source>
        <translation>Actualización para todos los afectados</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="68"/>
        <source>Goes to each of the %1 affected customers, with {name}, {ticket} and {subject} filled in for each. Say what is being done, by when, and when the next update comes.</source>
        <translation>Va a cada uno de los %1 clientes afectados, con {name}, {ticket} y {subject} rellenados para cada uno. Di qué se está haciendo, para cuándo y cuándo llegará la próxima actualización.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="73"/>
        <source>Hello {name}, about your ticket {ticket}: </source>
        <translation>Hola, {name}. Sobre tu caso {ticket}: </translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="78"/>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="82"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="96"/>
        <source>It goes to these customers, each at the address a reply to their ticket uses. Untick anyone who should not get it:</source>
        <translation>Va a estos clientes, cada uno a la dirección a la que iría una respuesta en su ticket. Desmarque a quien no deba recibirla:</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="129"/>
        <source>Ready: every customer gets a concrete commitment.</source>
        <translation>Lista: cada cliente recibe un compromiso concreto.</translation>
    </message>
    <message>
        <location filename="../../ui/guide/crisis.py" line="135"/>
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
        <location filename="../../ui/queue/panels.py" line="50"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="50"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="50"/>
        <source>My queue</source>
        <translation>Mi cola</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="52"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="52"/>
        <source>Promises to keep</source>
        <translation>Promesas por cumplir</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="53"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="53"/>
        <source>Snoozed</source>
        <translation>Pospuestos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="54"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="53"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="55"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="63"/>
        <source>Inboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="63"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="150"/>
        <location filename="../../ui/queue/workspace.py" line="376"/>
        <source>Nothing in this view. New mail lands in Open as it syncs in.</source>
        <translation>No hay nada en esta vista. El correo nuevo llega a Abiertos al sincronizarse.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="156"/>
        <source>Search subject, message and customer   ( / )</source>
        <translation>Buscar en asunto, mensaje y cliente   ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="160"/>
        <source>Words search subject, messages and customer. Filters: from: inbox: status: tag: assignee: (me, none) priority: category: before: after: (YYYY-MM-DD)</source>
        <translation>Las palabras buscan en asunto, mensajes y cliente. Filtros: from: inbox: status: tag: assignee: (me, none) priority: category: before: after: (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="162"/>
        <source>Save search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="332"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="332"/>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="366"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="367"/>
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
        <location filename="../../ui/queue/workspace.py" line="373"/>
        <source>No ticket in this view matches “%1”. Try other words, or the All view.</source>
        <translation>Ningún caso de esta vista coincide con «%1». Prueba otras palabras o la vista Todos.</translation>
    </message>
</context>
<context>
    <name>_Languages</name>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="66"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/guide/playbook_form.py" line="66"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
</TS>
