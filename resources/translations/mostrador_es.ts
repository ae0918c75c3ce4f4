<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>ConversationPane</name>
    <message>
        <location filename="../../ui/queue/panels.py" line="136"/>
        <source>No ticket selected</source>
        <translation>Ningún caso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="138"/>
        <source>Pick a ticket in the queue to read the whole conversation and what was promised.</source>
        <translation>Elige un caso de la cola para leer toda la conversación y lo que se prometió.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="158"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="158"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="168"/>
        <source>Actions promised</source>
        <translation>Acciones prometidas</translation>
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
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Product defect</source>
        <translation>Producto defectuoso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Service outage</source>
        <translation>Caída del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Attention received</source>
        <translation>Atención recibida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Repair visit</source>
        <translation>Visita de reparación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Credit or discount</source>
        <translation>Abono o descuento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Process change</source>
        <translation>Cambio de proceso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Answer given</source>
        <translation>Respuesta dada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>awaiting approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>promised</source>
        <translation>prometida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>done</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>missed</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Inbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>overdue %1</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Mostrador</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;Add a support inbox…</source>
        <translation>&amp;Añadir un buzón de soporte…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Remove sample data</source>
        <translation>&amp;Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Sync mail now</source>
        <translation>&amp;Sincronizar el correo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;About Mostrador</source>
        <translation>A&amp;cerca de Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Inbox added. Its password is in your keyring.</source>
        <translation>Buzón añadido. Su contraseña está en tu llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Writing sample tickets…</source>
        <translation>Creando casos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Removed %1 sample tickets.</source>
        <translation>Se han quitado %1 casos de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Something went wrong inside Mostrador (%1); details are in the log.</source>
        <translation>Algo ha fallado dentro de Mostrador (%1); los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>About Mostrador</source>
        <translation>Acerca de Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Mostrador: every support inbox in one queue, every answer a concrete action.</source>
        <translation>Mostrador: todos los buzones de soporte en una cola, cada respuesta una acción concreta.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="58"/>
        <source>Remove sample data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="67"/>
        <source>Sample data: %1 invented tickets, not real customers. Nothing here is sent to anyone.</source>
        <translation>Datos de ejemplo: %1 casos inventados, no son clientes reales. Desde aquí no se envía nada a nadie.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="109"/>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="152"/>
        <source>%1: %2 of %3 messages (%4/s)</source>
        <translation>%1: %2 de %3 mensajes (%4/s)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="159"/>
        <source>%1: up to date (%2 new)</source>
        <translation>%1: al día (%2 nuevos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="169"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="180"/>
        <source>The sync stopped unexpectedly (%1).</source>
        <translation>La sincronización se detuvo de forma inesperada (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="195"/>
        <source>The sync could not start (%1).</source>
        <translation>La sincronización no pudo empezar (%1).</translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="51"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="52"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="52"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="52"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/queue/panels.py" line="63"/>
        <source>Inboxes</source>
        <translation>Buzones</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/queue/workspace.py" line="81"/>
        <location filename="../../ui/queue/workspace.py" line="171"/>
        <source>Nothing in this view. New mail lands in Open as it syncs in.</source>
        <translation>No hay nada en esta vista. El correo nuevo llega a Abiertos al sincronizarse.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="87"/>
        <source>Search subject, message and customer   ( / )</source>
        <translation>Buscar en asunto, mensaje y cliente   ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="162"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="163"/>
        <source>j / k: next / previous ticket
Enter: read the conversation
/: search
F5: sync mail now
Ctrl+R: refresh
?: this sheet</source>
        <translation>j / k: caso siguiente / anterior
Intro: leer la conversación
/: buscar
F5: sincronizar el correo ahora
Ctrl+R: actualizar
?: esta hoja</translation>
    </message>
    <message>
        <location filename="../../ui/queue/workspace.py" line="168"/>
        <source>No ticket in this view matches “%1”. Try other words, or the All view.</source>
        <translation>Ningún caso de esta vista coincide con «%1». Prueba otras palabras o la vista Todos.</translation>
    </message>
</context>
</TS>
