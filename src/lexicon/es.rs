//! Spanish word tables (mirrors `en.rs`, category by category).
//!
//! Spanish notes: subject pronouns are usually dropped ("compartimos", "cedemos"), so verb
//! forms are listed explicitly where a prefix would be too broad. Over-broad prefixes avoided:
//! `public*` (publicidad), `pas*`, `comunic*` as a verb (comunicaciones = messages; the verb forms
//! are listed), bare `cuenta` ("tener en cuenta"), bare `comunicación` as data (in Spanish data
//! protection law it means disclosure: "comunicación de datos a terceros").

use super::{Cue, DataType as D, KindWords, LangTables, Purpose as P, RecipientKind as R, VerbClass as V};

pub(super) static TABLES: LangTables = LangTables {
    data: &[
        // contact
        ("número* de teléfono*", D::Phone), ("número* de móvil", D::Phone), ("número* de celular", D::Phone),
        ("número* de teléfono móvil", D::Phone), ("teléfono", D::Phone), ("teléfonos", D::Phone),
        ("teléfono móvil", D::Phone), ("número* de contacto", D::Phone), ("número* de fax", D::Phone),
        ("correo* electrónico*", D::Email), ("dirección* de correo*", D::Email),
        ("dirección* de correo electrónico", D::Email), ("dirección* de email", D::Email),
        ("dirección* de e mail", D::Email), ("email*", D::Email), ("e mail*", D::Email), ("correo", D::Email),
        ("correos", D::Email), ("datos de contacto", D::Email), ("información de contacto", D::Email),
        ("dirección* postal*", D::Postal), ("dirección* de entrega", D::Postal), ("dirección* de envío", D::Postal),
        ("dirección* de facturación", D::Postal), ("dirección* exacta*", D::Postal), ("dirección* del pedido", D::Postal),
        ("domicilio*", D::Postal), ("dirección", D::Postal), ("direcciones", D::Postal),
        ("dirección física", D::Postal), ("código* postal*", D::CoarseLocation),
        // identity
        ("nombre", D::Name), ("lista de pasajeros", D::Name), ("listas de pasajeros", D::Name), ("listado de pasajeros", D::Name), ("nombres", D::Name), ("apellido*", D::Name), ("nombre completo", D::Name),
        ("nombre y apellidos", D::Name), ("tu nombre", D::Name), ("su nombre", D::Name),
        ("datos identificativos", D::Name), ("datos de identificación", D::Name),
        ("nombre* de usuario", D::Account), ("contraseña*", D::Account), ("credenciales", D::Account),
        ("tu cuenta", D::Account), ("su cuenta", D::Account), ("cuenta de usuario", D::Account),
        ("cuentas de usuario", D::Account), ("datos de la cuenta", D::Account), ("datos de cuenta", D::Account),
        ("información de la cuenta", D::Account), ("información de cuenta", D::Account), ("perfil", D::Account),
        ("perfiles", D::Account), ("datos de perfil", D::Account), ("datos del perfil", D::Account),
        ("identificador de usuario", D::Account), ("id de usuario", D::Account), ("datos de registro", D::Account),
        ("información de registro", D::Account), ("número* de cliente", D::Account), ("usuario y contraseña", D::Account),
        ("número* de socio", D::Account), ("login", D::Account),
        ("dni", D::Government), ("nie", D::Government), ("nif", D::Government), ("pasaporte*", D::Government),
        ("documento* de identidad", D::Government), ("documento nacional de identidad", D::Government),
        ("carné de conducir", D::Government), ("carnet de conducir", D::Government), ("licencia de conducir", D::Government),
        ("número* de la seguridad social", D::Government), ("número* de seguridad social", D::Government),
        ("curp", D::Government), ("rfc", D::Government), ("rut", D::Government), ("cuit", D::Government),
        ("cédula*", D::Government), ("identificación oficial", D::Government), ("número* de identificación fiscal", D::Government),
        // identifiers
        ("modelo del teléfono", D::Device), ("que consulta", D::Usage), ("que consultas", D::Usage), ("que visita", D::Usage), ("que visitas", D::Usage), ("pago con tarjeta", D::Payment), ("pasarela de pago con tarjeta", D::Payment), ("pasarela de pagos con tarjeta", D::Payment), ("pagos con tarjeta", D::Payment), ("modelo de teléfono", D::Device), ("modelo de tu teléfono", D::Device), ("modelo de su teléfono", D::Device), ("modelo del móvil", D::Device), ("modelo del dispositivo", D::Device), ("cv", D::Other), ("currículum", D::Other), ("currículo", D::Other), ("carta* de presentación", D::Other), ("historial laboral", D::Other), ("experiencia laboral", D::Other), ("dirección* ip", D::Device), ("direcciones ip", D::Device), ("ip", D::Device),
        ("identificador* de dispositivo*", D::Device), ("matrícula de su vehículo", D::Device), ("matrícula de tu vehículo", D::Device), ("matrícula del vehículo", D::Device), ("placa* de matrícula", D::Device), ("número* de matrícula", D::Device), ("identificador* del dispositivo", D::Device), ("número* de serie", D::Device),
        ("identificador* publicitario*", D::Device), ("identificador* de publicidad", D::Device),
        ("identificador* único*", D::Device), ("identificador* en línea", D::Device), ("identificadores", D::Device),
        ("identificador", D::Device), ("información del dispositivo", D::Device), ("datos del dispositivo", D::Device),
        ("cookie*", D::Device), ("píxel", D::Device), ("píxeles", D::Device), ("pixel", D::Device), ("pixels", D::Device), ("pixeles", D::Device), ("baliza*", D::Device),
        ("web beacon*", D::Device), ("tecnologías de seguimiento", D::Device), ("tecnologías similares", D::Device),
        ("tipo de navegador", D::Device), ("navegador", D::Device), ("sistema* operativo*", D::Device),
        ("sdk*", D::Device), ("kit* de desarrollo", D::Device), ("dirección* mac", D::Device), ("imei", D::Device),
        ("idfa", D::Device), ("almacenamiento local", D::Device), ("huella digital del dispositivo", D::Device),
        ("datos técnicos", D::Device), ("datos de conexión", D::Device),
        // location
        ("ubicación precisa", D::PreciseLocation), ("ubicación exacta", D::PreciseLocation),
        ("geolocalización precisa", D::PreciseLocation), ("localización precisa", D::PreciseLocation),
        ("gps", D::PreciseLocation), ("coordenadas gps", D::PreciseLocation), ("geolocalización*", D::PreciseLocation),
        ("coordenadas", D::PreciseLocation), ("facturas", D::Transactions), ("sus facturas", D::Transactions), ("tus facturas", D::Transactions), ("nóminas", D::Transactions), ("extractos bancarios", D::Transactions), ("operaciones con tarjeta", D::Transactions), ("movimientos de tu cuenta", D::Transactions), ("movimientos bancarios", D::Transactions), ("distancia aproximada", D::CoarseLocation), ("latitud", D::PreciseLocation), ("ubicación*", D::CoarseLocation),
        ("localización*", D::CoarseLocation), ("datos de ubicación", D::CoarseLocation),
        ("ubicación aproximada", D::CoarseLocation), ("ciudad", D::CoarseLocation), ("país", D::CoarseLocation),
        ("región", D::CoarseLocation), ("dónde te encuentras", D::CoarseLocation),
        ("dónde se encuentra", D::CoarseLocation), ("localidad", D::CoarseLocation),
        // financial
        ("datos de pago", D::Payment), ("información de pago", D::Payment), ("datos bancarios", D::Payment),
        ("tarjeta* de crédito", D::Payment), ("tarjeta* de débito", D::Payment), ("tarjeta* bancaria*", D::Payment),
        ("número* de tarjeta", D::Payment), ("datos de su tarjeta", D::Payment), ("datos de tu tarjeta", D::Payment), ("datos de la tarjeta", D::Payment), ("su tarjeta", D::Payment), ("tu tarjeta", D::Payment), ("cuenta* bancaria*", D::Payment), ("datos de la cuenta bancaria", D::Payment), ("datos de tu cuenta bancaria", D::Payment), ("datos de su cuenta bancaria", D::Payment), ("iban", D::Payment),
        ("domiciliación*", D::Payment), ("información financiera", D::Payment), ("datos financieros", D::Payment),
        ("medio* de pago", D::Payment), ("método* de pago", D::Payment), ("pago", D::Payment), ("pagos", D::Payment),
        ("datos de facturación", D::Payment), ("información de facturación", D::Payment),
        ("historial de reservas", D::Transactions), ("historial de reserva", D::Transactions),
        ("historial de compra*", D::Transactions), ("historial de pedidos", D::Transactions),
        ("historial de compras", D::Transactions), ("compras", D::Transactions), ("compra", D::Transactions),
        ("pedido*", D::Transactions), ("transaccion*", D::Transactions), ("transacción", D::Transactions),
        ("lo que compras", D::Transactions), ("hábitos de compra", D::Transactions), ("fidelización", D::Transactions),
        ("importe*", D::Transactions), ("facturación", D::Transactions), ("deuda*", D::Transactions),
        ("productos que compras", D::Transactions),
        // activity
        ("número de visitas", D::Usage), ("numero de visitas", D::Usage), ("frecuencia de uso", D::Usage), ("frecuencia de visitas", D::Usage), ("historial", D::Usage), ("historial de canciones", D::Usage), ("historial de visitas", D::Usage), ("asistencia a", D::Usage),
        ("artículos que lees", D::Usage), ("secciones que lees", D::Usage), ("noticias que lees", D::Usage),
        ("historial de reservas", D::Transactions), ("reservas", D::Transactions), ("que has reservado", D::Transactions), ("que ha reservado", D::Transactions), ("que has comprado", D::Transactions), ("que ha comprado", D::Transactions), ("que has pedido", D::Transactions), ("datos de la reserva", D::Transactions), ("datos de reserva", D::Transactions), ("trayectos", D::Usage), ("historial de trayectos", D::Usage), ("número de reserva", D::Transactions), ("números de reserva", D::Transactions), ("número de pedido", D::Transactions), ("números de pedido", D::Transactions), ("localizador de la reserva", D::Transactions), ("datos de tu reserva", D::Transactions), ("detalles de la reserva", D::Transactions), ("detalles de tu reserva", D::Transactions), ("información de la reserva", D::Transactions), ("información de tu reserva", D::Transactions), ("que has comprado", D::Transactions), ("que has contratado", D::Transactions),
        ("datos de uso", D::Usage), ("información de uso", D::Usage), ("información sobre el uso", D::Usage),
        ("uso de nuestros servicios", D::Usage), ("uso del servicio", D::Usage), ("uso de la app", D::Usage),
        ("uso de la aplicación", D::Usage), ("tu uso", D::Usage), ("su uso", D::Usage), ("cómo utilizas", D::Usage),
        ("cómo usas", D::Usage), ("cómo utiliza", D::Usage), ("uso que haces", D::Usage), ("interacci*", D::Usage),
        ("actividad", D::Usage), ("actividades", D::Usage), ("archivos de registro", D::Usage),
        ("registros del servidor", D::Usage), ("registros de actividad", D::Usage), ("métricas", D::Usage),
        ("estadísticas de uso", D::Usage), ("historial de visualización", D::Usage),
        ("hábitos de visualización", D::Usage), ("lo que ves", D::Usage), ("historial de reproducción", D::Usage),
        ("comportamiento de conducción", D::Usage), ("datos de conducción", D::Usage),
        ("hábitos de conducción", D::Usage), ("datos de viaje*", D::Usage), ("datos de trayecto*", D::Usage), ("lugares de recogida", D::PreciseLocation), ("lugar de recogida", D::PreciseLocation), ("puntos de recogida", D::PreciseLocation), ("punto de recogida", D::PreciseLocation), ("direcciones de recogida", D::PreciseLocation), ("origen y destino de tus trayectos", D::PreciseLocation), ("origen y destino de sus trayectos", D::PreciseLocation),
        ("páginas visitadas", D::Usage), ("tiempo de permanencia", D::Usage), ("clics", D::Usage),
        ("datos de tráfico", D::Usage), ("tráfico", D::Usage), ("consumo de datos", D::Usage), ("datos de consumo", D::Usage), ("lecturas del contador", D::Usage), ("lecturas de contador", D::Usage), ("consumo", D::Usage),
        ("historial de navegación", D::Browsing), ("datos de navegación", D::Browsing), ("cómo navegas", D::Browsing), ("estadísticas de visitas", D::Usage), ("estadísticas de uso", D::Usage), ("como navegas", D::Browsing), ("cómo navega", D::Browsing), ("cómo utilizas", D::Usage), ("cómo usas", D::Usage), ("navegación", D::Browsing),
        ("actividad en línea", D::Browsing), ("actividad online", D::Browsing), ("historial de búsqueda*", D::Browsing),
        ("búsquedas", D::Browsing), ("términos de búsqueda", D::Browsing), ("sitios web que visitas", D::Browsing),
        ("otros sitios web", D::Browsing), ("otros sitios", D::Browsing), ("otras aplicaciones", D::Browsing),
        ("otras apps", D::Browsing), ("url de referencia", D::Browsing), ("sitios de terceros", D::Browsing),
        // content
        ("mensaje*", D::Messages), ("chat*", D::Messages), ("conversacion*", D::Messages), ("conversación", D::Messages),
        ("tus comunicaciones", D::Messages), ("sus comunicaciones", D::Messages), ("comunicaciones privadas", D::Messages), ("contenido de tus comunicaciones", D::Messages), ("llamadas", D::Messages),
        ("registro de llamadas", D::Messages), ("historial de llamadas", D::Messages), ("grabacion*", D::Messages),
        ("grabación", D::Messages), ("grabaciones de voz", D::Messages), ("comandos de voz", D::Messages),
        ("sms", D::Messages), ("mensajes privados", D::Messages),
        ("publicacion*", D::Posts), ("mensajes que publicas", D::Posts), ("mensajes que publiques", D::Posts), ("mensajes que publica", D::Posts), ("mensajes publicados", D::Posts), ("mensajes públicos", D::Posts), ("publicación", D::Posts), ("foto*", D::Posts), ("fotografía*", D::Posts),
        ("vídeo*", D::Posts), ("video*", D::Posts), ("imagen", D::Posts), ("imágenes", D::Posts), ("archivos", D::Posts),
        ("comentario*", D::Posts), ("reseña*", D::Posts), ("opiniones", D::Posts), ("contenido*", D::Posts),
        ("tu contenido", D::Posts), ("contenido que", D::Posts), ("documentos", D::Posts),
        ("información pública", D::Posts), ("perfil público", D::Posts), ("publicaciones públicas", D::Posts),
        ("libreta de direcciones", D::AddressBook), ("agenda de contactos", D::AddressBook), ("agenda", D::AddressBook),
        ("lista* de contactos", D::AddressBook), ("contactos", D::AddressBook), ("lista* de amigos", D::AddressBook),
        // sensitive
        ("glucosa", D::Health), ("niveles de glucosa", D::Health), ("insulina", D::Health), ("lecturas de glucosa", D::Health), ("salud", D::Health), ("alergia*", D::Health), ("intolerancia* alimentaria*", D::Health), ("radiografía*", D::Health), ("escaneos dentales", D::Health), ("escaneo dental", D::Health), ("impresiones dentales", D::Health), ("impresión dental", D::Health), ("indicaciones del tratamiento", D::Health), ("plan de tratamiento", D::Health), ("historia clínica", D::Health), ("historial clínico", D::Health), ("cuestionario de salud", D::Health), ("cuestionario médico", D::Health), ("datos clínicos", D::Health), ("tratamientos realizados", D::Health), ("tratamientos dentales", D::Health), ("tratamientos médicos", D::Health), ("imágenes de videovigilancia", D::Other), ("grabaciones de videovigilancia", D::Other), ("imágenes de las cámaras", D::Other), ("historia clínica", D::Health), ("historial clínico", D::Health), ("indicaciones clínicas", D::Health), ("tratamiento* dental*", D::Health), ("registros de ciclo", D::Health), ("ciclo menstrual", D::Health), ("datos de salud", D::Health), ("médic*", D::Health), ("diagnóstico*", D::Health),
        ("graduación visual", D::Health), ("graduación de tus gafas", D::Health), ("graduación de sus gafas", D::Health), ("graduación óptica", D::Health), ("agudeza visual", D::Health), ("receta* médica*", D::Health), ("su graduación", D::Health), ("tu graduación", D::Health), ("graduación de la vista", D::Health), ("graduación visual", D::Health), ("graduación óptica", D::Health), ("agudeza visual", D::Health), ("receta* óptica*", D::Health), ("frecuencia cardíaca", D::Health), ("ritmo cardíaco", D::Health),
        ("sueño", D::Health), ("síntoma*", D::Health), ("embarazo", D::Health), ("discapacidad*", D::Health),
        ("enfermedad*", D::Health), ("condición física", D::Health), ("vih", D::Health), ("menstrua*", D::Health),
        ("biométric*", D::Biometric), ("huella* dactilar*", D::Biometric), ("huellas digitales", D::Biometric),
        ("huella digital", D::Biometric), ("reconocimiento facial", D::Biometric), ("geometría facial", D::Biometric),
        ("huella de voz", D::Biometric), ("escaneo de iris", D::Biometric),
        ("genétic*", D::Genetic), ("adn", D::Genetic), ("genoma*", D::Genetic),
        ("edad", D::Demographic), ("sexo", D::Demographic), ("género", D::Demographic), ("orientación sexual", D::Demographic),
        ("origen étnico", D::Demographic), ("origen racial", D::Demographic), ("raza", D::Demographic),
        ("religi*", D::Demographic), ("creencias", D::Demographic), ("opiniones políticas", D::Demographic),
        ("ideología", D::Demographic), ("fecha de nacimiento", D::Demographic), ("cumpleaños", D::Demographic),
        ("ingresos", D::Demographic), ("estado civil", D::Demographic), ("hogar", D::Demographic),
        ("nivel educativo", D::Demographic), ("educación", D::Demographic), ("intereses", D::Demographic),
        ("demográfic*", D::Demographic), ("nacionalidad", D::Demographic), ("profesión", D::Demographic),
        ("afiliación sindical", D::Demographic),
        // generic
        ("datos personales", D::Other), ("fichero de clientes", D::Other), ("ficheros de clientes", D::Other), ("base de datos de clientes", D::Other), ("lista de clientes", D::Other), ("datos de carácter personal", D::Other), ("información personal", D::Other),
        ("informaciones personales", D::Other), 
        ("datos sobre ti", D::Other), ("información sobre ti", D::Other), ("información sobre usted", D::Other),
        ("datos del cliente", D::Other),
        ("datos de clientes", D::Other), ("datos de usuario*", D::Other), ("datos de los usuarios", D::Other),
        ("datos sensibles", D::Other), ("información sensible", D::Other), ("categorías especiales de datos", D::Other),
        ("datos que recopilamos", D::Other), ("expediente*", D::Other),
    ],
    recipients: &[
        // affiliates
        ("empresas afiliadas", R::Affiliate), ("empresa* afiliada*", R::Affiliate), ("afiliad*", R::Affiliate),
        ("filial*", R::Affiliate), ("empresa matriz", R::Affiliate), ("sociedad matriz", R::Affiliate),
        ("matriz", R::Affiliate), ("casa matriz", R::Affiliate), ("sociedad dominante", R::Affiliate),
        ("grupo", R::Affiliate), ("empresas del grupo", R::Affiliate), ("otras empresas del grupo", R::Affiliate), ("otras sociedades del grupo", R::Affiliate), ("sociedades del grupo", R::Affiliate),
        ("entidades del grupo", R::Affiliate), ("compañías del grupo", R::Affiliate), ("nuestro grupo", R::Affiliate),
        ("grupo empresarial", R::Affiliate), ("grupo de empresas", R::Affiliate), ("sociedades vinculadas", R::Affiliate),
        ("empresas vinculadas", R::Affiliate), ("entidades vinculadas", R::Affiliate), ("empresas relacionadas", R::Affiliate),
        ("sociedades participadas", R::Affiliate), ("sociedad de nuestro mismo grupo", R::Affiliate),
        ("sociedad del grupo", R::Affiliate), ("empresa del grupo", R::Affiliate),
        // advertisers
        ("servicio* de publicidad", R::Advertiser), ("servicio* publicitario*", R::Advertiser), ("socio* publicitario*", R::Advertiser), ("anunciante*", R::Advertiser), ("redes publicitarias", R::Advertiser),
        ("red* publicitaria*", R::Advertiser), ("empresas de publicidad", R::Advertiser),
        ("agencia* de publicidad", R::Advertiser), ("socios de publicidad", R::Advertiser),
        ("socios de marketing", R::Advertiser), ("proveedor* de publicidad", R::Advertiser),
        ("plataforma* publicitaria*", R::Advertiser), ("terceros anunciantes", R::Advertiser),
        ("empresas publicitarias", R::Advertiser), ("servidores de anuncios", R::Advertiser),
        // analytics
        ("proveedor* de análisis", R::Analytics), ("proveedor* de analítica", R::Analytics),
        ("servicio* de análisis", R::Analytics), ("servicio* de analítica", R::Analytics),
        ("herramienta* de análisis", R::Analytics), ("herramienta* de analítica", R::Analytics),
        ("socios de medición", R::Analytics), ("empresas de medición", R::Analytics), ("socios de análisis", R::Analytics),
        ("proveedor* de medición", R::Analytics), ("analytics", R::Analytics),
        // service providers
        ("proveedores de servicios", R::ServiceProvider), ("laboratorio*", R::ServiceProvider), ("encargado* del tratamiento", R::ServiceProvider), ("universidad*", R::BusinessPartner), ("franquiciado*", R::BusinessPartner), ("franquicias", R::BusinessPartner), ("equipo investigador", R::BusinessPartner), ("proveedor* de servicio*", R::ServiceProvider), ("fotógrafo*", R::ServiceProvider), ("fotografo*", R::ServiceProvider),
        ("proveedor*", R::ServiceProvider), ("prestador* de servicio*", R::ServiceProvider), ("prestador*", R::ServiceProvider),
        ("encargado* del tratamiento", R::ServiceProvider), ("encargada* del tratamiento", R::ServiceProvider), ("encargada* de tratamiento", R::ServiceProvider), ("empresa* concesionaria*", R::ServiceProvider), ("concesionaria*", R::ServiceProvider), ("perito*", R::ServiceProvider), ("reparador*", R::ServiceProvider), ("contratista*", R::ServiceProvider), ("empresa* contratista*", R::ServiceProvider), ("encargado* de tratamiento", R::ServiceProvider),
        ("subencargado*", R::ServiceProvider), ("subcontratista*", R::ServiceProvider), ("contratista*", R::ServiceProvider),
        ("agentes", R::ServiceProvider), ("consultores", R::ServiceProvider), ("asesores", R::ServiceProvider),
        ("auditores", R::ServiceProvider), ("abogados", R::ServiceProvider), ("proveedor* de alojamiento", R::ServiceProvider),
        ("proveedores de pago", R::ServiceProvider), ("pasarela* de pago", R::ServiceProvider), ("pasarela", R::ServiceProvider), ("pasarelas", R::ServiceProvider),
        ("entidades de pago", R::ServiceProvider), ("bancos", R::ServiceProvider), ("banco", R::ServiceProvider),
        ("entidad* bancaria*", R::ServiceProvider), ("entidad* financiera*", R::ServiceProvider),
        ("empresas de mensajería", R::ServiceProvider), ("empresa* de transporte*", R::ServiceProvider), ("empresa* de reparto", R::ServiceProvider), ("servicio* de reparto", R::ServiceProvider), ("repartidor*", R::ServiceProvider), ("empresa* de paquetería", R::ServiceProvider), ("servicio de transporte*", R::ServiceProvider), ("servicio* de recogida", R::ServiceProvider), ("servicio de mensajería", R::ServiceProvider), ("agencia* de transporte*", R::ServiceProvider), ("empresa* de mensajería", R::ServiceProvider),
        ("transportista*", R::ServiceProvider), ("repartidor*", R::ServiceProvider), ("mensajero*", R::ServiceProvider), ("nuestra mensajería", R::ServiceProvider), ("nuestra mensajeria", R::ServiceProvider), ("la mensajería", R::ServiceProvider), ("la mensajeria", R::ServiceProvider),
        ("servicios de mensajería", R::ServiceProvider), ("proveedor* de nube", R::ServiceProvider), ("servicio de correo electrónico", R::ServiceProvider), ("servicio de envío de correo*", R::ServiceProvider), ("proveedor* de servicios de correo electrónico", R::ServiceProvider), ("proveedor* de correo electrónico", R::ServiceProvider),
        ("proveedores tecnológicos", R::ServiceProvider), ("socios tecnológicos", R::ServiceProvider),
        ("empresas que nos prestan servicios", R::ServiceProvider), ("agencia* de cobro", R::ServiceProvider),
        ("empresas de cobro", R::ServiceProvider), ("empresas de recobro", R::ServiceProvider),
        ("gestoría*", R::ServiceProvider), ("funeraria*", R::ServiceProvider), ("registro civil", R::Government), ("notario*", R::ServiceProvider), ("notaría*", R::ServiceProvider), ("centros de atención", R::ServiceProvider), ("call center*", R::ServiceProvider),
        ("proveedor* de ia", R::ServiceProvider), ("empresas que nos ayudan", R::ServiceProvider),
        ("operadores logísticos", R::ServiceProvider),
        // business partners
        ("socios comerciales", R::BusinessPartner), ("socio*", R::BusinessPartner), ("reclutador*", R::BusinessPartner), ("empresa* de selección", R::BusinessPartner), ("agencia* de colocación", R::BusinessPartner), ("empresa* de trabajo temporal", R::BusinessPartner), ("agencia* de empleo", R::BusinessPartner), ("cazatalento*", R::BusinessPartner), ("headhunter*", R::BusinessPartner), ("socios de confianza", R::BusinessPartner),
        ("colaboradores", R::BusinessPartner), ("empresas colaboradoras", R::BusinessPartner),
        ("entidades colaboradoras", R::BusinessPartner), ("entidad colaboradora", R::BusinessPartner), ("entidad* financiera* colaboradora*", R::BusinessPartner), ("empresa colaboradora", R::BusinessPartner), ("socio financiero", R::BusinessPartner), ("socios financieros", R::BusinessPartner), ("entidades financieras", R::BusinessPartner), ("entidad financiera", R::BusinessPartner), ("entidades de crédito", R::BusinessPartner), ("intermediarios de crédito", R::BusinessPartner), ("intermediarios de crédito hipotecario", R::BusinessPartner), ("patrocinador*", R::BusinessPartner), ("patrocina", R::BusinessPartner), ("patrocinan", R::BusinessPartner), ("patrocinio*", R::BusinessPartner),
        ("aseguradora*", R::BusinessPartner), ("reaseguradora*", R::BusinessPartner), ("reaseguradores", R::BusinessPartner), ("mutua", R::BusinessPartner), ("mutuas", R::BusinessPartner), ("mutua* colaboradora*", R::BusinessPartner), ("compañía* de seguros", R::BusinessPartner),
        ("compañías aseguradoras", R::BusinessPartner), ("prestamista*", R::BusinessPartner),
        ("investigadores", R::BusinessPartner), ("instituciones académicas", R::BusinessPartner),
        ("universidades", R::BusinessPartner), ("empleador*", R::BusinessPartner), ("desarrollador*", R::BusinessPartner),
        ("aplicaciones de terceros", R::BusinessPartner), ("centros asociados", R::BusinessPartner),
        ("empresas asociadas", R::BusinessPartner), ("partners", R::BusinessPartner), ("distribuidor*", R::BusinessPartner),
        ("franquiciado*", R::BusinessPartner),
        // merchants
        ("comercios", R::Merchant), ("tienda que", R::Merchant), ("tiendas que", R::Merchant), ("tienda remitente", R::Merchant), ("tiendas remitentes", R::Merchant), ("comercio que", R::Merchant), ("ese comercio", R::Merchant), ("este comercio", R::Merchant), ("dicho comercio", R::Merchant), ("cada comercio", R::Merchant), ("el comercio adherido", R::Merchant), ("el comercio asociado", R::Merchant), ("ese establecimiento", R::Merchant), ("dicho establecimiento", R::Merchant), ("cada establecimiento", R::Merchant), ("vendedor", R::Merchant), ("vendedores", R::Merchant), ("comercios asociados", R::Merchant), ("comercios adheridos", R::Merchant), ("tiendas asociadas", R::Merchant), ("comercios colaboradores", R::Merchant), ("comerciante*", R::Merchant), ("vendedor*", R::Merchant), ("minorista*", R::Merchant),
        ("tiendas", R::Merchant), ("esta tienda", R::Merchant), ("dicha tienda", R::Merchant), ("cada tienda", R::Merchant), ("la tienda asociada", R::Merchant), ("la tienda colaboradora", R::Merchant), ("las marcas", R::Merchant), ("otras marcas", R::Merchant), ("a marcas", R::Merchant), ("marcas asociadas", R::Merchant), ("marcas colaboradoras", R::Merchant), ("marcas participantes", R::Merchant), ("restaurante", R::Merchant), ("el salón", R::Merchant), ("salones", R::Merchant), ("la peluquería", R::Merchant), ("peluquerías", R::Merchant), ("el centro de estética", R::Merchant), ("centros de estética", R::Merchant), ("restaurantes asociados", R::Merchant), ("restaurantes colaboradores", R::Merchant), ("establecimientos", R::Merchant), ("aerolínea", R::Merchant), ("aerolíneas", R::Merchant), ("compañías aéreas", R::Merchant), ("compañía aérea", R::Merchant), ("hoteles", R::Merchant), ("el hotel", R::Merchant), ("navieras", R::Merchant), ("operadores turísticos", R::Merchant), ("operador turístico", R::Merchant), ("empresas de alquiler de vehículos", R::Merchant),
        ("anfitrion*", R::Merchant), ("agencia inmobiliaria", R::BusinessPartner), ("al particular", R::OtherUsers), ("el particular", R::OtherUsers), ("particulares", R::OtherUsers), ("agencias inmobiliarias", R::BusinessPartner), ("inmobiliarias", R::BusinessPartner),
        // data brokers
        ("corredor* de datos", R::DataBroker), ("intermediarios de datos", R::DataBroker), ("brokers de datos", R::DataBroker), ("empresas dedicadas a la comercialización de bases de datos", R::DataBroker), ("empresas dedicadas a la comercialización de datos", R::DataBroker), ("comercializadoras de datos", R::DataBroker), ("comercializadoras de bases de datos", R::DataBroker), ("empresas de bases de datos", R::DataBroker), ("data broker*", R::DataBroker), ("empresas de datos", R::DataBroker), ("comerciantes de datos", R::DataBroker),
        ("proveedores de datos", R::DataBroker), ("fichero* de solvencia*", R::DataBroker),
        ("ficheros de morosidad", R::DataBroker), ("fichero* de morosos", R::DataBroker),
        ("sistemas de información crediticia", R::DataBroker), ("burós de crédito", R::DataBroker),
        ("buró de crédito", R::DataBroker), ("agencias de crédito", R::DataBroker),
        ("agencias de informes crediticios", R::DataBroker), ("sociedades de información crediticia", R::DataBroker),
        ("asnef", R::DataBroker), ("badexcug", R::DataBroker), ("agregador* de datos", R::DataBroker),
        // government
        ("autoridad*", R::Government), ("autoridad portuaria", R::Government), ("capitanía marítima", R::Government), ("capitanía", R::Government), ("guardia costera", R::Government), ("salvamento marítimo", R::Government), ("autoridades competentes", R::Government), ("fuerzas y cuerpos de seguridad", R::Government),
        ("fuerzas de seguridad", R::Government), ("cuerpos de seguridad", R::Government), ("policía", R::Government),
        ("guardia civil", R::Government), ("administraciones públicas", R::Government),
        ("administración pública", R::Government), ("administración tributaria", R::Government),
        ("agencia tributaria", R::Government), ("centro médico", R::ThirdParty), ("centros médicos", R::ThirdParty), ("centro de reconocimiento", R::ThirdParty), ("dirección general", R::Government), ("direcciones generales", R::Government), ("ministerio", R::Government), ("ayuntamiento", R::Government), ("municipio", R::Government), ("municipios", R::Government), ("seguridad social", R::Government), ("hacienda", R::Government), ("juzgado*", R::Government),
        ("tribunal*", R::Government), ("jueces", R::Government), ("ministerio fiscal", R::Government),
        ("fiscalía", R::Government), ("organismo* público*", R::Government), ("organismos reguladores", R::Government),
        ("regulador*", R::Government), ("gobierno*", R::Government), ("entidades públicas", R::Government),
        ("aepd", R::Government), ("agencia española de protección de datos", R::Government),
        ("autoridad de control", R::Government), ("seguridad social", R::Government), ("ayuntamiento*", R::Government),
        ("administraciones", R::Government), ("organismos oficiales", R::Government), ("seguridad nacional", R::Government),
        // acquirers
        ("comprador*", R::Acquirer), ("adquirente*", R::Acquirer), ("entidad adquirente", R::Acquirer),
        ("sociedad absorbente", R::Acquirer), ("absorbente", R::Acquirer), ("empresa resultante", R::Acquirer),
        ("sucesor*", R::Acquirer), ("nuevo propietario", R::Acquirer), ("nuevos propietarios", R::Acquirer),
        ("nuevo titular", R::Acquirer), ("cesionario*", R::Acquirer), ("posibles compradores", R::Acquirer),
        ("compradores potenciales", R::Acquirer), ("nueva responsable", R::Acquirer), ("nuevo responsable", R::Acquirer),
        // public
        ("el público", R::Public), ("en nuestra web", R::Public), ("en nuestra página web", R::Public), ("en nuestro sitio web", R::Public), ("en nuestras redes sociales", R::Public), ("público en general", R::Public), ("públicamente", R::Public),
        ("cualquier persona", R::Public), ("lectores", R::Public), ("todos los lectores", R::Public), ("otros lectores", R::OtherUsers), ("todo el mundo", R::Public), ("cualquiera", R::Public),
        ("motores de búsqueda", R::Public), ("disponible públicamente", R::Public), ("al público", R::Public), ("hacer público", R::Public), ("hacemos público", R::Public), ("será público", R::Public), ("es público", R::Public),
        // other users
        ("otros usuarios", R::OtherUsers), ("otros padres", R::OtherUsers), ("otras familias", R::OtherUsers), ("usuarios registrados", R::OtherUsers), ("familias registradas", R::OtherUsers), ("otros miembros", R::OtherUsers), ("otros jugadores", R::OtherUsers), ("demás jugadores", R::OtherUsers), ("los demás jugadores", R::OtherUsers), ("demás participantes", R::OtherUsers), ("demás usuarios", R::OtherUsers), ("al club", R::Merchant), ("al club en el que", R::Merchant), ("al club donde", R::Merchant), ("todos los jugadores", R::OtherUsers), ("resto de jugadores", R::OtherUsers), ("los jugadores", R::OtherUsers), ("el cuidador", R::OtherUsers), ("la cuidadora", R::OtherUsers), ("al cuidador", R::OtherUsers), ("cuidadores", R::OtherUsers), ("jugadores que", R::OtherUsers), ("el club en el que", R::Merchant), ("el club donde", R::Merchant), ("el club", R::Merchant), ("los clubes", R::Merchant), ("clubes", R::Merchant), ("resto de usuarios", R::OtherUsers), ("los miembros de tu", R::OtherUsers), ("todos los usuarios", R::OtherUsers), ("el profesor", R::OtherUsers), ("la profesora", R::OtherUsers), ("al profesor", R::OtherUsers), ("tu profesor", R::OtherUsers), ("tu profesora", R::OtherUsers), ("el tutor", R::OtherUsers), ("tu tutor", R::OtherUsers), ("la tutora", R::OtherUsers), ("el instructor", R::OtherUsers), ("tu instructor", R::OtherUsers),
        ("otras personas", R::OtherUsers), ("otros clientes", R::OtherUsers), ("tus amigos", R::OtherUsers),
        ("tus seguidores", R::OtherUsers), ("seguidores", R::OtherUsers), ("tus contactos", R::OtherUsers),
        ("otros participantes", R::OtherUsers), ("sus amigos", R::OtherUsers), ("sus contactos", R::OtherUsers),
        // third parties
        ("terceros", R::ThirdParty), ("la empresa correspondiente", R::ThirdParty), ("la compañía correspondiente", R::ThirdParty), ("el proveedor correspondiente", R::ThirdParty), ("la empresa en cuestión", R::ThirdParty), ("el socio correspondiente", R::ThirdParty), ("tercero", R::ThirdParty), ("terceras partes", R::ThirdParty),
        ("tercera* parte*", R::ThirdParty), ("empresas terceras", R::ThirdParty), ("entidades terceras", R::ThirdParty),
        ("terceras empresas", R::ThirdParty), ("otras empresas", R::ThirdParty), ("empresas externas", R::ThirdParty),
        ("entidades externas", R::ThirdParty), ("empresas no vinculadas", R::ThirdParty),
        ("empresas no afiliadas", R::ThirdParty), ("redes sociales", R::ThirdParty),
        ("plataforma* de redes sociales", R::ThirdParty), ("servicios de terceros", R::ThirdParty),
        ("otras organizaciones", R::ThirdParty), ("otras entidades", R::ThirdParty),
    ],
    purposes: &[
        // advertising
        ("publicidad*", P::Advertising), ("publicitari*", P::Advertising), ("anuncio*", P::Advertising),
        ("anuncios personalizados", P::Advertising), ("publicidad personalizada", P::Advertising),
        ("publicidad dirigida", P::Advertising), ("segmentación", P::Advertising), ("retargeting", P::Advertising),
        ("remarketing", P::Advertising), ("audiencias similares", P::Advertising), ("campaña* publicitaria*", P::Advertising),
        ("medición publicitaria", P::Advertising), ("publicidad basada en intereses", P::Advertising),
        // marketing
        ("marketing", P::Marketing), ("captación de fondos", P::Marketing), ("recaudación de fondos", P::Marketing), ("pedir donativos", P::Marketing), ("solicitar donativos", P::Marketing), ("pedirle donativos", P::Marketing), ("mercadotecnia", P::Marketing), ("publicidad por correo electrónico", P::Marketing), ("publicidad por e mail", P::Marketing), ("publicidad por sms", P::Marketing), ("promocion*", P::Marketing),
        ("promoción", P::Marketing), ("promocional*", P::Marketing), ("ofertas", P::Marketing), ("boletín*", P::Marketing),
        ("newsletter*", P::Marketing), ("comunicaciones comerciales", P::Marketing), ("fines comerciales", P::Marketing),
        ("prospección comercial", P::Marketing), ("marketing directo", P::Marketing), ("envío de ofertas", P::Marketing),
        ("ofertas personalizadas", P::Marketing), ("contactarte y ofrecerte", P::Marketing), ("contactarle y ofrecerle", P::Marketing), ("ofrecerte sus", P::Marketing), ("ofrecerle sus", P::Marketing),
        // personalization
        ("personaliz*", P::Personalization), ("recomendacion*", P::Personalization), ("recomendación", P::Personalization),
        ("recomend*", P::Personalization), ("sugerencias", P::Personalization), ("adaptar", P::Personalization),
        ("a medida", P::Personalization), ("más relevante*", P::Personalization), ("elaboración de perfiles", P::Personalization),
        ("perfilado", P::Personalization), ("que puedan gustarte", P::Personalization), ("que puedan interesarte", P::Personalization),
        // analytics
        ("análisis", P::Analytics), ("analític*", P::Analytics), ("analiz*", P::Analytics), ("estadístic*", P::Analytics),
        ("medición", P::Analytics), ("medir", P::Analytics), ("mejorar nuestros", P::Analytics), ("mejorar el", P::Analytics),
        ("mejorar la", P::Analytics), ("mejorar los", P::Analytics), ("mejora de", P::Analytics),
        ("entender cómo", P::Analytics), ("comprender cómo", P::Analytics), ("medir las visitas", P::Analytics),
        // security
        ("fraude*", P::Security), ("fraudulent*", P::Security), ("spam", P::Security), ("trampas", P::Security), ("tramposos", P::Security), ("seguridad", P::Security),
        ("abuso*", P::Security), ("proteger", P::Security), ("protección", P::Security), ("prevenir", P::Security),
        ("prevención", P::Security), ("actividades ilícitas", P::Security), ("actividades ilegales", P::Security),
        ("verificar tu identidad", P::Security), ("verificar su identidad", P::Security),
        ("verificación de identidad", P::Security), ("integridad", P::Security), ("solvencia", P::Security),
        ("impago*", P::Security),
        // AI training
        ("entren*", P::AiTraining), ("aprendizaje automático", P::AiTraining), ("machine learning", P::AiTraining),
        ("inteligencia artificial", P::AiTraining), ("ia", P::AiTraining), ("modelos de ia", P::AiTraining),
        ("modelo* de lenguaje", P::AiTraining), ("ia generativa", P::AiTraining), ("nuestros modelos", P::AiTraining), ("sus modelos", P::AiTraining), ("entrenar modelos", P::AiTraining),
        ("funciones de ia", P::AiTraining),
        // legal
        ("obligacion* legal*", P::Legal), ("obligación legal", P::Legal), ("exigido por la ley", P::Legal),
        ("requerido por ley", P::Legal), ("la ley", P::Legal), ("ley", P::Legal), ("leyes", P::Legal),
        ("legalmente", P::Legal), ("cumplimiento normativo", P::Legal), ("cumplir con", P::Legal),
        ("cumplimiento", P::Legal), ("normativa*", P::Legal), ("requerimiento* judicial*", P::Legal),
        ("orden judicial", P::Legal), ("órdenes judiciales", P::Legal), ("mandamiento judicial", P::Legal),
        ("requerimientos legales", P::Legal), ("procedimiento* judicial*", P::Legal), ("reclamaciones", P::Legal),
        ("defensa de nuestros derechos", P::Legal), ("ejercicio o defensa", P::Legal), ("obligacion* fiscal*", P::Legal),
        ("obligación fiscal", P::Legal), ("cuando la ley lo exija", P::Legal), ("requerimiento*", P::Legal),
        // service
        ("prestar el servicio", P::Service), ("enviar tu pedido", P::Service), ("enviar su pedido", P::Service), ("enviarte tu pedido", P::Service), ("enviarte su pedido", P::Service), ("preparar tu pedido", P::Service), ("preparar su pedido", P::Service), ("tramitar tu pedido", P::Service), ("tramitar su pedido", P::Service), ("gestionar tu pedido", P::Service), ("gestionar su pedido", P::Service), ("entregar tu pedido", P::Service), ("entregar su pedido", P::Service), ("entregarte tu pedido", P::Service), ("entregarte su pedido", P::Service), ("procesar tu pedido", P::Service), ("procesar su pedido", P::Service), ("envío de tu pedido", P::Service), ("entrega de tu pedido", P::Service), ("envío de su pedido", P::Service), ("entrega de su pedido", P::Service), ("gestión de pedidos", P::Service), ("atender devoluciones", P::Service), ("gestionar devoluciones", P::Service), ("prestar nuestros servicios", P::Service), ("prestar los servicios", P::Service),
        ("prestación del servicio", P::Service), ("prestación de servicios", P::Service), ("en nuestro nombre", P::Service),
        ("por cuenta nuestra", P::Service), ("por nuestra cuenta", P::Service), ("en nombre de", P::Service),
        ("por cuenta de", P::Service), ("siguiendo nuestras instrucciones", P::Service), ("nuestras instrucciones", P::Service),
        ("alojamiento", P::Service), ("alojar", P::Service), ("procesar pagos", P::Service),
        ("procesamiento de pagos", P::Service), ("atención al cliente", P::Service), ("servicio de atención", P::Service),
        ("soporte técnico", P::Service), ("entrega*", P::Service), ("envío", P::Service), ("envíos", P::Service),
        ("ejecución del contrato", P::Service), ("gestión de tu cuenta", P::Service), ("gestión de clientes", P::Service),
        ("gestión conjunta", P::Service), ("facturar", P::Service), ("cobrar", P::Service), ("cobro*", P::Service),
        ("a petición tuya", P::Service), ("a tu solicitud", P::Service), ("cuando lo solicites", P::Service),
        ("instalación", P::Service), ("gestionar tu", P::Service), ("gestionar su", P::Service), ("gestión de su", P::Service),
        // research
        ("investigación*", P::Research), ("investigacion*", P::Research), ("investigar", P::Research),
        ("estudio*", P::Research), ("científic*", P::Research),
        // sale
        ("venta de tus", P::Sale), ("venta de sus", P::Sale), ("venta de datos", P::Sale), ("vender", P::Sale),
        ("vendemos", P::Sale), ("venderemos", P::Sale), ("vendido*", P::Sale), ("alquilar", P::Sale),
        ("alquilamos", P::Sale), ("a cambio de dinero", P::Sale), ("contraprestación", P::Sale), ("monetiz*", P::Sale),
        // business transfer
        ("fusión*", P::BusinessTransfer), ("fusion*", P::BusinessTransfer), ("adquisición*", P::BusinessTransfer),
        ("adquisicion*", P::BusinessTransfer), ("adquirida por", P::BusinessTransfer), ("adquirido por", P::BusinessTransfer), ("absorción", P::BusinessTransfer), ("escisión", P::BusinessTransfer),
        ("reestructuración*", P::BusinessTransfer), ("reorganización*", P::BusinessTransfer), ("quiebra", P::BusinessTransfer),
        ("insolvencia", P::BusinessTransfer), ("concurso de acreedores", P::BusinessTransfer),
        ("liquidación", P::BusinessTransfer), ("venta de activos", P::BusinessTransfer), ("activos vendidos", P::BusinessTransfer), ("venta de nuestro negocio", P::BusinessTransfer), ("venta del negocio", P::BusinessTransfer), ("cambio de titularidad", P::BusinessTransfer), ("nuevo titular", P::BusinessTransfer), ("acuerdo para la venta", P::BusinessTransfer), ("acuerdo de venta", P::BusinessTransfer), ("unidad productiva", P::BusinessTransfer), ("venta de la empresa", P::BusinessTransfer), ("venta del negocio", P::BusinessTransfer),
        ("venta de la empresa", P::BusinessTransfer), ("venta de todo o parte", P::BusinessTransfer),
        ("cambio de control", P::BusinessTransfer), ("operación corporativa", P::BusinessTransfer),
        ("operaciones societarias", P::BusinessTransfer), ("operación societaria", P::BusinessTransfer),
        ("transmisión de la empresa", P::BusinessTransfer), ("compraventa", P::BusinessTransfer), ("comprada por", P::BusinessTransfer), ("comprado por", P::BusinessTransfer), ("traspaso del negocio", P::BusinessTransfer), ("cesión de activos", P::BusinessTransfer),
    ],
    cues: &[
        // verbs: give
        ("compart*", Cue::Verb(V::Share)), ("le damos", Cue::Verb(V::Share)), ("les damos", Cue::Verb(V::Share)), ("damos", Cue::Verb(V::Share)), ("daremos", Cue::Verb(V::Share)), ("le daremos", Cue::Verb(V::Share)), ("les daremos", Cue::Verb(V::Share)), ("nos damos cuenta", Cue::Neutral), ("damos la bienvenida", Cue::Neutral), ("comunicar", Cue::Verb(V::Share)), ("comunicamos", Cue::Verb(V::Share)),
        ("comunicaremos", Cue::Verb(V::Share)), ("comunicará", Cue::Verb(V::Share)), ("comunicarán", Cue::Verb(V::Share)),
        ("comunicarlos", Cue::Verb(V::Share)), ("comunicarlas", Cue::Verb(V::Share)), ("comunicadas", Cue::Verb(V::Share)),
        ("comunicados", Cue::Verb(V::Share)), ("comunicación de datos", Cue::Verb(V::Share)),
        ("comunicarse", Cue::Verb(V::Share)), ("comunicado", Cue::Verb(V::Share)), ("comunicada", Cue::Verb(V::Share)),
        ("comunique", Cue::Verb(V::Share)), ("comuniquen", Cue::Verb(V::Share)), ("comunicarles", Cue::Verb(V::Share)),
        ("cederse", Cue::Verb(V::Share)), ("transmitirse", Cue::Verb(V::Share)), ("facilitarse", Cue::Verb(V::Share)),
        ("comunicaciones de datos", Cue::Verb(V::Share)), ("comunicación de tus", Cue::Verb(V::Share)),
        ("comunicación de sus", Cue::Verb(V::Share)), ("comunican", Cue::Verb(V::Share)),
        ("ceder", Cue::Verb(V::Share)), ("cedemos", Cue::Verb(V::Share)), ("cederemos", Cue::Verb(V::Share)),
        ("cedidos", Cue::Verb(V::Share)), ("cedidas", Cue::Verb(V::Share)), ("cedido", Cue::Verb(V::Share)),
        ("cedida", Cue::Verb(V::Share)), ("cede", Cue::Verb(V::Share)), ("cederá", Cue::Verb(V::Share)), ("cederán", Cue::Verb(V::Share)),
        ("cedería", Cue::Verb(V::Share)), ("cederían", Cue::Verb(V::Share)), ("ceden", Cue::Verb(V::Share)), ("cedan", Cue::Verb(V::Share)),
        ("ceda", Cue::Verb(V::Share)), ("cedió", Cue::Verb(V::Share)), ("cedimos", Cue::Verb(V::Share)), ("enviará", Cue::Verb(V::Share)),
        ("enviarán", Cue::Verb(V::Share)), ("remitente", Cue::Neutral), ("proporción", Cue::Neutral), ("proporcion", Cue::Neutral), ("proporcional*", Cue::Neutral), ("proporciones", Cue::Neutral), ("enviarte novedades", Cue::Neutral), ("enviarle novedades", Cue::Neutral), ("enviaros novedades", Cue::Neutral), ("enviar novedades", Cue::Neutral), ("enviarte sus novedades", Cue::Neutral), ("enviarte nuestras novedades", Cue::Neutral), ("novedades y promociones", Cue::Neutral), ("novedades y ofertas", Cue::Neutral), ("recibir novedades", Cue::Neutral), ("remitentes", Cue::Neutral), ("remit*", Cue::Verb(V::Share)), ("comunique", Cue::Verb(V::Share)), ("comuniquen", Cue::Verb(V::Share)), ("cesión*", Cue::Verb(V::Share)),
        ("cesiones", Cue::Verb(V::Share)), ("se presentan a", Cue::Verb(V::Share)), ("se presenta a", Cue::Verb(V::Share)), ("se presentarán a", Cue::Verb(V::Share)), ("se presentará a", Cue::Verb(V::Share)), ("traspas*", Cue::Verb(V::Share)), ("transfer*", Cue::Verb(V::Share)), ("transmit*", Cue::Verb(V::Share)),
        ("transmisión*", Cue::Verb(V::Share)), ("divulg*", Cue::Verb(V::Share)), ("revel*", Cue::Verb(V::Share)),
        ("proporcion*", Cue::Verb(V::Share)), ("facilit*", Cue::Verb(V::Share)), ("suministr*", Cue::Verb(V::Share)),
        ("enviar", Cue::Verb(V::Share)), ("enviamos", Cue::Verb(V::Share)), ("enviaremos", Cue::Verb(V::Share)),
        ("envía", Cue::Verb(V::Share)), ("envían", Cue::Verb(V::Share)), ("enviados", Cue::Verb(V::Share)),
        ("enviadas", Cue::Verb(V::Share)), ("poner a disposición", Cue::Verb(V::Share)),
        ("ponemos a disposición", Cue::Verb(V::Share)), ("a disposición de", Cue::Verb(V::Share)),
        ("dar acceso", Cue::Verb(V::Share)), ("damos acceso", Cue::Verb(V::Share)), ("publicarán", Cue::Verb(V::Share)), ("publicará", Cue::Verb(V::Share)), ("publicaremos", Cue::Verb(V::Share)), ("publicada", Cue::Verb(V::Share)), ("publicadas", Cue::Verb(V::Share)), ("publicar", Cue::Verb(V::Share)),
        ("publicamos", Cue::Verb(V::Share)), ("publicado*", Cue::Verb(V::Share)), ("visible*", Cue::Verb(V::Share)),
        ("pasarán", Cue::Verb(V::Share)), ("pasará", Cue::Verb(V::Share)), ("pasen", Cue::Verb(V::Share)),
        ("intercambi*", Cue::Verb(V::Share)), ("combin*", Cue::Verb(V::Share)), ("sincroniz*", Cue::Verb(V::Share)),
        ("subir", Cue::Verb(V::Share)), ("remitir", Cue::Verb(V::Share)),
        ("remitimos", Cue::Verb(V::Share)), ("destinatario*", Cue::Verb(V::Share)), ("entregamos", Cue::Verb(V::Share)), ("se entrega", Cue::Verb(V::Share)), ("se entregan", Cue::Verb(V::Share)), ("se entregará", Cue::Verb(V::Share)), ("se entregarán", Cue::Verb(V::Share)), ("entregaremos", Cue::Verb(V::Share)), ("son entregados", Cue::Verb(V::Share)), ("son entregadas", Cue::Verb(V::Share)), ("serán entregados", Cue::Verb(V::Share)), ("serán entregadas", Cue::Verb(V::Share)), ("es entregada", Cue::Verb(V::Share)), ("es entregado", Cue::Verb(V::Share)),
        // sell
        ("vender", Cue::Verb(V::Sell)), ("vendemos", Cue::Verb(V::Sell)), ("venderemos", Cue::Verb(V::Sell)),
        ("vende", Cue::Verb(V::Sell)), ("venden", Cue::Verb(V::Sell)), ("vendido*", Cue::Verb(V::Sell)),
        ("vendida*", Cue::Verb(V::Sell)), ("venta", Cue::Verb(V::Sell)), ("ventas", Cue::Verb(V::Sell)),
        ("alquilar", Cue::Verb(V::Sell)), ("alquilamos", Cue::Verb(V::Sell)), ("comerciamos", Cue::Verb(V::Sell)),
        ("comercializ*", Cue::Verb(V::Sell)), ("arrendar", Cue::Verb(V::Sell)),
        // verbs: the recipient is the subject
        ("recopil*", Cue::Verb(V::Collect)), ("pasa a ser responsable", Cue::Verb(V::Collect)), ("pasará a ser responsable", Cue::Verb(V::Collect)), ("se convierte en responsable", Cue::Verb(V::Collect)), ("recog*", Cue::Verb(V::Collect)), ("recab*", Cue::Verb(V::Collect)),
        ("obtien*", Cue::Verb(V::Collect)), ("procesa", Cue::Verb(V::Collect)), ("procesan", Cue::Verb(V::Collect)), ("pasan por", Cue::Verb(V::Collect)), ("pasa por", Cue::Verb(V::Collect)), ("procesan a través de", Cue::Verb(V::Collect)), ("procesa a través de", Cue::Verb(V::Collect)), ("procesados por", Cue::Verb(V::Collect)), ("procesadas por", Cue::Verb(V::Collect)), ("procesado*", Cue::Verb(V::Collect)), ("procesada*", Cue::Verb(V::Collect)), ("obten*", Cue::Verb(V::Collect)), ("obtenid*", Cue::Verb(V::Collect)),
        ("recibo", Cue::Neutral), ("recibos", Cue::Neutral), ("recib*", Cue::Verb(V::Collect)), ("acceso", Cue::Verb(V::Collect)), ("acceder", Cue::Verb(V::Collect)),
        ("acceden", Cue::Verb(V::Collect)), ("accede", Cue::Verb(V::Collect)), ("instal*", Cue::Verb(V::Collect)),
        ("coloc*", Cue::Verb(V::Collect)), ("rastre*", Cue::Verb(V::Collect)), ("seguimiento", Cue::Verb(V::Collect)),
        ("ven", Cue::Verb(V::Collect)), ("verán", Cue::Verb(V::Collect)), ("podrán ver", Cue::Verb(V::Collect)), ("pueden ver", Cue::Verb(V::Collect)), ("puede ver", Cue::Verb(V::Collect)), ("ver", Cue::Verb(V::Collect)), ("consultar", Cue::Verb(V::Collect)),
        ("tratar", Cue::Verb(V::Collect)), ("gestiona", Cue::Verb(V::Collect)), ("gestionan", Cue::Verb(V::Collect)), ("tratan", Cue::Verb(V::Collect)), ("trata", Cue::Verb(V::Collect)),
        ("tratará", Cue::Verb(V::Collect)), ("tratarán", Cue::Verb(V::Collect)), ("tratados", Cue::Verb(V::Collect)),
        ("tratadas", Cue::Verb(V::Collect)), ("almacen*", Cue::Verb(V::Collect)), ("guard*", Cue::Verb(V::Collect)), ("se aloja", Cue::Verb(V::Collect)), ("se alojan", Cue::Verb(V::Collect)), ("alojados", Cue::Verb(V::Collect)), ("alojadas", Cue::Verb(V::Collect)), ("alojamos", Cue::Verb(V::Collect)),
        ("conserv*", Cue::Verb(V::Collect)), ("registramos", Cue::Verb(V::Collect)), ("registrar", Cue::Verb(V::Collect)), ("leer", Cue::Verb(V::Collect)),
        ("leen", Cue::Verb(V::Collect)), ("capt*", Cue::Verb(V::Collect)), ("utilizan cookies", Cue::Verb(V::Collect)), ("utiliza cookies", Cue::Verb(V::Collect)), ("utilizan sus propias cookies", Cue::Verb(V::Collect)), ("usan cookies", Cue::Verb(V::Collect)),
        // verbs: we engage a provider
        ("utiliz*", Cue::Verb(V::Engage)), ("usar", Cue::Verb(V::Engage)), ("usamos", Cue::Verb(V::Engage)),
        ("usan", Cue::Verb(V::Engage)), ("usa", Cue::Verb(V::Engage)), ("usaremos", Cue::Verb(V::Engage)),
        ("usará", Cue::Verb(V::Engage)), ("usarán", Cue::Verb(V::Engage)), ("usados", Cue::Verb(V::Engage)),
        ("empleamos", Cue::Verb(V::Engage)), ("emplear", Cue::Verb(V::Engage)), ("contratamos", Cue::Verb(V::Engage)), ("contratar", Cue::Verb(V::Engage)), ("subcontratamos", Cue::Verb(V::Engage)), ("trabajamos con", Cue::Verb(V::Engage)),
        ("colabor*", Cue::Verb(V::Engage)), ("recurrimos", Cue::Verb(V::Engage)), ("nos apoyamos", Cue::Verb(V::Engage)),
        ("integr*", Cue::Verb(V::Engage)), ("permit*", Cue::Verb(V::Engage)), ("autoriz*", Cue::Verb(V::Engage)),
        ("incluy*", Cue::Verb(V::Engage)), ("servimos de", Cue::Verb(V::Engage)), ("nos servimos", Cue::Verb(V::Engage)),
        ("encarg*", Cue::Verb(V::Engage)),
        // negation
        ("no", Cue::Negation), ("nunca", Cue::Negation), ("jamás", Cue::Negation), ("ningún", Cue::Negation),
        ("ninguna", Cue::Negation), ("ninguno", Cue::Negation), ("ni", Cue::Negation), ("sin", Cue::Negation),
        ("nada", Cue::Negation), ("nadie", Cue::Negation), ("tampoco", Cue::Negation), ("en ningún caso", Cue::Negation),
        // exceptions
        ("salvo", Cue::Exception), ("excepto", Cue::Exception), ("a excepción", Cue::Exception),
        ("con excepción", Cue::Exception), ("a menos que", Cue::Exception), ("sin tu consentimiento", Cue::Exception),
        ("sin su consentimiento", Cue::Exception), ("sin tu autorización", Cue::Exception),
        ("sin su autorización", Cue::Exception), ("sin tu permiso", Cue::Exception), ("sin su permiso", Cue::Exception),
        ("sin consentimiento", Cue::Exception), ("sin tu consentimiento previo", Cue::Exception),
        ("sin su consentimiento previo", Cue::Exception), ("solo con", Cue::Exception), ("solo a", Cue::Exception),
        ("solo cuando", Cue::Exception), ("solo si", Cue::Exception), ("sólo con", Cue::Exception), ("sólo a", Cue::Exception),
        ("únicamente con", Cue::Exception), ("únicamente a", Cue::Exception), ("únicamente si", Cue::Exception),
        ("únicamente cuando", Cue::Exception), ("solamente con", Cue::Exception), ("solamente a", Cue::Exception),
        ("fuera de", Cue::Exception), ("aparte de", Cue::Exception), ("distintos de", Cue::Exception),
        ("más allá de", Cue::Exception), ("previo consentimiento", Cue::Exception),
        // modality
        ("podemos", Cue::Modal), ("podremos", Cue::Modal), ("podríamos", Cue::Modal), ("puede", Cue::Modal),
        ("pueden", Cue::Modal), ("podrá", Cue::Modal), ("podrán", Cue::Modal), ("podría", Cue::Modal),
        ("podrían", Cue::Modal), ("ocasionalmente", Cue::Modal), ("de vez en cuando", Cue::Modal),
        ("en algunos casos", Cue::Modal), ("en determinados casos", Cue::Modal), ("en su caso", Cue::Modal),
        ("si", Cue::Modal), ("cuando", Cue::Modal), ("en caso de", Cue::Modal), ("eventualmente", Cue::Modal),
        ("es posible que", Cue::Modal),
        // change framing
        // A definite future event ("When the acquisition closes, your account … will be transferred").
        ("una vez completada la adquisición", Cue::Change), ("cuando se complete la adquisición", Cue::Change), ("al cierre de la adquisición", Cue::Change),
        ("una vez completada la fusión", Cue::Change), ("cuando se cierre la adquisición", Cue::Change),
        ("a partir del", Cue::Change), ("a partir de enero", Cue::Change), ("a partir de febrero", Cue::Change), ("a partir de marzo", Cue::Change), ("a partir de abril", Cue::Change), ("a partir de mayo", Cue::Change), ("a partir de junio", Cue::Change), ("a partir de julio", Cue::Change), ("a partir de agosto", Cue::Change), ("a partir de septiembre", Cue::Change), ("a partir de setiembre", Cue::Change), ("a partir de octubre", Cue::Change), ("a partir de noviembre", Cue::Change), ("a partir de diciembre", Cue::Change), ("a partir de ahora", Cue::Change), ("a partir de esa fecha", Cue::Change),
        ("a partir de esta fecha", Cue::Change), ("a partir de ese momento", Cue::Change), ("a partir de hoy", Cue::Change),
        ("a partir de la fecha", Cue::Change), ("desde el próximo", Cue::Change), ("desde el día", Cue::Change), ("desde el 1", Cue::Change), ("desde el 2", Cue::Change), ("desde el 3", Cue::Change), ("desde el 4", Cue::Change), ("desde el 5", Cue::Change), ("desde el 6", Cue::Change), ("desde el 7", Cue::Change), ("desde el 8", Cue::Change), ("desde el 9", Cue::Change), ("desde el 10", Cue::Change), ("desde el 11", Cue::Change), ("desde el 12", Cue::Change), ("desde el 13", Cue::Change), ("desde el 14", Cue::Change), ("desde el 15", Cue::Change), ("desde el 16", Cue::Change), ("desde el 17", Cue::Change), ("desde el 18", Cue::Change), ("desde el 19", Cue::Change), ("desde el 20", Cue::Change), ("desde el 21", Cue::Change), ("desde el 22", Cue::Change), ("desde el 23", Cue::Change), ("desde el 24", Cue::Change), ("desde el 25", Cue::Change), ("desde el 26", Cue::Change), ("desde el 27", Cue::Change), ("desde el 28", Cue::Change), ("desde el 29", Cue::Change), ("desde el 30", Cue::Change), ("desde el 31", Cue::Change), ("comenzaremos", Cue::Change),
        ("empezaremos", Cue::Change), ("de ahora en adelante", Cue::Change),
        ("en adelante", Cue::Change), ("próximamente", Cue::Change), ("por primera vez", Cue::Change),
        ("introduc*", Cue::Change), ("hemos añadido", Cue::Change), ("añadimos", Cue::Change), ("novedad", Cue::Change),
        ("nueva política", Cue::Change), ("en las próximas semanas", Cue::Change),
        ("tras esta actualización", Cue::Change), ("con esta actualización", Cue::Change), ("con la entrada en vigor", Cue::Change),
        ("con efectos desde", Cue::Change), ("con efecto desde", Cue::Change), ("ahora también", Cue::Change),
        ("a partir de la entrada en vigor", Cue::Change), ("con la inscripción", Cue::Change),
        ("vamos a", Cue::Future), ("van a", Cue::Future), ("va a", Cue::Future), ("pronto", Cue::Future),
        ("tenemos previsto", Cue::Future), ("está previsto", Cue::Future), ("planeamos", Cue::Future),
        ("nuestras prácticas siguen siendo las mismas", Cue::PracticesUnchanged), ("nuestras prácticas no cambian", Cue::PracticesUnchanged), ("nuestras prácticas se mantienen", Cue::PracticesUnchanged), ("no cambian la forma en que", Cue::PracticesUnchanged), ("no cambia la forma en que", Cue::PracticesUnchanged), ("no modifican la forma en que", Cue::PracticesUnchanged), ("no cambian cómo", Cue::PracticesUnchanged), ("no hemos cambiado qué", Cue::PracticesUnchanged), ("no hemos cambiado la forma en que", Cue::PracticesUnchanged), ("no hemos cambiado cómo", Cue::PracticesUnchanged), ("no hemos modificado qué", Cue::PracticesUnchanged), ("no hemos modificado la forma en que", Cue::PracticesUnchanged), ("no cambia qué datos", Cue::PracticesUnchanged), ("no cambian qué datos", Cue::PracticesUnchanged),
        ("ya no", Cue::Stop), ("dejado de", Cue::Stop), ("dejará de", Cue::Stop), ("dejaremos de", Cue::Stop), ("dejamos de", Cue::Stop), ("anteriormente", Cue::Stop), ("hasta ahora", Cue::Stop),
        ("seguimos", Cue::Continuing), ("seguiremos", Cue::Continuing), ("seguir", Cue::Continuing),
        ("aclarado cómo", Cue::Continuing), ("aclaramos cómo", Cue::Continuing), ("precisado cómo", Cue::Continuing), ("detallado cómo", Cue::Continuing), ("con más detalle cómo", Cue::Continuing), ("más claramente cómo", Cue::Continuing),
        ("continuamos", Cue::Continuing), ("continuaremos", Cue::Continuing), ("continuar", Cue::Continuing),
        ("todavía", Cue::Continuing), ("ya", Cue::Continuing), ("como hasta ahora", Cue::Continuing),
        ("como antes", Cue::Continuing), ("como hoy", Cue::Continuing), ("como siempre", Cue::Continuing),
        ("actualmente", Cue::Continuing), ("sigue", Cue::Continuing), ("siguen", Cue::Continuing),
        ("no cambia", Cue::Continuing), ("tampoco cambia", Cue::Continuing), ("tampoco cambian", Cue::Continuing), ("tampoco cambiará", Cue::Continuing), ("tampoco cambiarán", Cue::Continuing), ("no cambian", Cue::Continuing), ("lo que no cambia", Cue::Continuing),
        ("sin cambios", Cue::Continuing), ("se mantiene*", Cue::Continuing), ("mantenemos", Cue::Continuing),
        ("igual que", Cue::Continuing), ("no cambiará", Cue::Continuing), ("no cambiarán", Cue::Continuing),
        ("mismas finalidades", Cue::Continuing),
        // opt-out
        ("oponerte", Cue::OptOut), ("oponerse", Cue::OptOut), ("te opones", Cue::OptOut), ("se opone", Cue::OptOut), ("oposición", Cue::OptOut), ("puedes oponerte", Cue::OptOut),
        ("desactiv*", Cue::OptOut), ("retirar tu consentimiento", Cue::OptOut), ("retirar su consentimiento", Cue::OptOut),
        ("retirar", Cue::OptOut), ("darse de baja", Cue::OptOut), ("darte de baja", Cue::OptOut), ("baja", Cue::OptOut),
        ("cancelar la suscripción", Cue::OptOut), ("rechazar", Cue::OptOut), ("revocar", Cue::OptOut),
        ("configuración", Cue::OptOut), ("ajustes", Cue::OptOut), ("preferencias", Cue::OptOut),
        ("no vender mis", Cue::OptOut), ("no vendan mis", Cue::OptOut), ("opt out", Cue::OptOut),
        ("puedes elegir", Cue::OptOut), ("desmarc*", Cue::OptOut), ("puedes cambiar", Cue::OptOut),
        ("si no quieres", Cue::OptOut), ("si no desea", Cue::OptOut), ("anular la suscripción", Cue::OptOut),
        // source
        ("de parte de", Cue::Source), ("procedente* de", Cue::Source), ("procedentes de", Cue::Source),
        ("obtenidos de", Cue::Source), ("obtenidas de", Cue::Source), ("recibidos de", Cue::Source),
        ("proporcionados por", Cue::Source), ("facilitados por", Cue::Source), ("que nos facilitan", Cue::Source),
        ("que recibimos de", Cue::Source), ("provenientes de", Cue::Source),
        // coreference
        ("estos datos", Cue::Coref), ("esta información", Cue::Coref), ("dichos datos", Cue::Coref),
        ("dicha información", Cue::Coref), ("los datos", Cue::Coref), ("la información", Cue::Coref),
        ("esos datos", Cue::Coref), ("esa información", Cue::Coref), ("tales datos", Cue::Coref),
        ("esto", Cue::Coref),
        ("ellos", Cue::ThirdPerson), ("ellas", Cue::ThirdPerson), ("estas empresas", Cue::ThirdPerson),
        ("estos terceros", Cue::ThirdPerson), ("dichos terceros", Cue::ThirdPerson), ("estos socios", Cue::ThirdPerson),
        ("estos proveedores", Cue::ThirdPerson), ("estas entidades", Cue::ThirdPerson), ("dichas empresas", Cue::ThirdPerson),
        ("dichas entidades", Cue::ThirdPerson), ("estos destinatarios", Cue::ThirdPerson), ("estos anunciantes", Cue::ThirdPerson),
        ("estos encargados", Cue::ThirdPerson), ("las empresas", Cue::ThirdPerson),
        ("nosotros", Cue::FirstPerson), ("nosotras", Cue::FirstPerson), ("nuestro*", Cue::FirstPerson),
        ("nuestra*", Cue::FirstPerson), ("nos", Cue::FirstPerson), ("hemos", Cue::FirstPerson), ("somos", Cue::FirstPerson), ("estamos", Cue::FirstPerson), ("tenemos", Cue::FirstPerson), ("queremos", Cue::FirstPerson), ("escribimos", Cue::FirstPerson), ("ofrecemos", Cue::FirstPerson), ("necesitamos", Cue::FirstPerson), ("recordamos", Cue::FirstPerson), ("informamos", Cue::FirstPerson), ("debemos", Cue::FirstPerson), ("debamos", Cue::FirstPerson), ("podamos", Cue::FirstPerson), ("contamos", Cue::FirstPerson), ("hacemos", Cue::FirstPerson), ("creemos", Cue::FirstPerson),
        ("tú", Cue::SecondPerson), ("usted", Cue::SecondPerson), ("ustedes", Cue::SecondPerson), ("te", Cue::SecondPerson),
        ("ti", Cue::SecondPerson), ("usuarios", Cue::SecondPerson), ("usuarias", Cue::SecondPerson),
        // news
        ("este diario", Cue::News), ("este periódico", Cue::News), ("no ha respondido", Cue::News), ("según el aviso", Cue::News), ("expertos consultados", Cue::News), ("ha confirmado a", Cue::News), ("abogado especializado", Cue::News), ("abogada especializada", Cue::News), ("la compañía", Cue::News), ("según la propia empresa", Cue::News), ("consultadas por", Cue::News), ("consultados por", Cue::News), ("noticias relacionadas", Cue::News), ("no ha querido pronunciarse", Cue::News), ("según la operadora", Cue::News), ("según el texto", Cue::News), ("ha tenido acceso", Cue::News), ("publicado el", Cue::News), ("lee también", Cue::News), ("consultada por", Cue::News), ("consultado por", Cue::News), ("según explicó", Cue::News), ("nuestra redacción", Cue::News), ("fuentes de la compañía", Cue::News),
        ("dijo", Cue::News), ("afirmó", Cue::News), ("declaró", Cue::News), ("según la compañía", Cue::News), ("según la empresa", Cue::News), ("según fuentes", Cue::News), ("explicó", Cue::News),
        ("portavoz", Cue::News), ("ha criticado", Cue::News), ("han criticado", Cue::News), ("asociación de consumidores", Cue::News), ("asociaciones de consumidores", Cue::News), ("organización de consumidores", Cue::News), ("según el correo", Cue::News), ("afirma su", Cue::News), ("anunció", Cue::News), ("críticos", Cue::News), ("analistas", Cue::News),
        ("en un comunicado", Cue::News), ("periodista", Cue::News), ("efe", Cue::News), ("europa press", Cue::News),
        ("reuters", Cue::News), ("no respondió", Cue::News), ("declinó comentar", Cue::News),
        ("asociaciones de consumidores", Cue::News), ("defensores de la privacidad", Cue::News),
        ("en una entrada de blog", Cue::News), ("suscríbete a nuestro boletín", Cue::News), ("informó", Cue::News),
        ("añadió", Cue::News), ("agregó", Cue::News), ("señaló", Cue::News), ("indicó", Cue::News), ("precisó", Cue::News), ("detalló", Cue::News), ("subrayó", Cue::News), ("aseguró", Cue::News), ("comentó", Cue::News), ("según el documento", Cue::News), ("en entrevista con", Cue::News), ("este medio", Cue::News), ("lea también", Cue::News), ("recordó que", Cue::News),
        // update notices
        ("información importante", Cue::UpdateNotice), ("novedades sobre privacidad", Cue::UpdateNotice), ("novedades sobre tus datos", Cue::UpdateNotice), ("novedades sobre sus datos", Cue::UpdateNotice), ("hemos alcanzado un acuerdo", Cue::UpdateNotice), ("ha alcanzado un acuerdo", Cue::UpdateNotice), ("han alcanzado un acuerdo", Cue::UpdateNotice), ("cambio de titularidad", Cue::UpdateNotice), ("estimadas familias", Cue::UpdateNotice), ("estimados residentes", Cue::UpdateNotice), ("estimados pacientes", Cue::UpdateNotice), ("estimados socios", Cue::UpdateNotice), ("hemos firmado un acuerdo", Cue::UpdateNotice), ("qué pasa con tus datos", Cue::UpdateNotice), ("qué pasará con tus datos", Cue::UpdateNotice), ("qué pasará con sus datos", Cue::UpdateNotice), ("qué ocurrirá con tus datos", Cue::UpdateNotice), ("qué ocurrirá con sus datos", Cue::UpdateNotice), ("concurso de acreedores", Cue::UpdateNotice), ("ha autorizado la venta", Cue::UpdateNotice), ("acordado la venta", Cue::UpdateNotice), ("acordado vender", Cue::UpdateNotice), ("ha aprobado la venta", Cue::UpdateNotice), ("aviso a nuestros clientes", Cue::UpdateNotice), ("aviso a nuestros usuarios", Cue::UpdateNotice), ("qué ocurre con sus datos", Cue::UpdateNotice), ("estamos actualizando", Cue::UpdateNotice),("estimado cliente", Cue::UpdateNotice), ("estimada clienta", Cue::UpdateNotice), ("estimados clientes", Cue::UpdateNotice), ("estimado usuario", Cue::UpdateNotice), ("estimada usuaria", Cue::UpdateNotice), ("estimados usuarios", Cue::UpdateNotice), ("querido cliente", Cue::UpdateNotice), ("querida clienta", Cue::UpdateNotice), ("actualizamos", Cue::UpdateNotice), ("hemos actualizado", Cue::UpdateNotice),
        ("vamos a actualizar", Cue::UpdateNotice), ("cambios en la política", Cue::UpdateNotice), ("qué cambia", Cue::UpdateNotice), ("cambia la forma en que", Cue::UpdateNotice), ("cambia la manera en que", Cue::UpdateNotice), ("cambia la forma en la que", Cue::UpdateNotice),
        ("lo que cambia", Cue::UpdateNotice), ("lo que va a cambiar", Cue::UpdateNotice), ("qué va a cambiar", Cue::UpdateNotice), ("lo que cambiará", Cue::UpdateNotice), ("lo que ha cambiado", Cue::UpdateNotice), ("qué ha cambiado", Cue::UpdateNotice), ("a partir de hoy", Cue::UpdateNotice), ("lo que no cambia", Cue::UpdateNotice),
        ("principales cambios", Cue::UpdateNotice), ("resumen de los cambios", Cue::UpdateNotice),
        ("entrarán en vigor", Cue::UpdateNotice), ("entrará en vigor", Cue::UpdateNotice),
        ("nueva política de privacidad", Cue::UpdateNotice), ("política de privacidad actualizada", Cue::UpdateNotice),
        ("nuevos términos", Cue::UpdateNotice), ("nuevas condiciones", Cue::UpdateNotice),
        ("cambios importantes", Cue::UpdateNotice), ("al seguir utilizando", Cue::UpdateNotice),
        ("si sigues utilizando", Cue::UpdateNotice), ("qué significa para ti", Cue::UpdateNotice),
        ("qué significa esto para ti", Cue::UpdateNotice), ("novedades", Cue::UpdateNotice), ("anuncios de novedades", Cue::Neutral), ("boletín de novedades", Cue::Neutral), ("novedades y ofertas", Cue::Neutral), ("novedades y promociones", Cue::Neutral), ("ofertas y novedades", Cue::Neutral), ("sobre novedades", Cue::Neutral), ("nuestras novedades", Cue::Neutral),
        ("te escribimos para contarte", Cue::UpdateNotice), ("próximos cambios", Cue::UpdateNotice), ("ha sido actualizada para", Cue::UpdateNotice), ("han sido actualizadas para", Cue::UpdateNotice), ("se ha actualizado para", Cue::UpdateNotice), ("nueva versión se aplica", Cue::UpdateNotice), ("nueva versión se aplicará", Cue::UpdateNotice),
        ("qué ocurrirá con sus datos", Cue::UpdateNotice),
        ("qué ocurrirá con tus datos", Cue::UpdateNotice),
        // document dates
        ("última actualización", Cue::DocDate), ("fecha de entrada en vigor", Cue::DocDate),
        ("entrada en vigor", Cue::DocDate), ("en vigor", Cue::DocDate), ("actualizado el", Cue::DocDate),
        ("actualizada el", Cue::DocDate), ("fecha de actualización", Cue::DocDate), ("última modificación", Cue::DocDate),
        ("modificado el", Cue::DocDate), ("versión de", Cue::DocDate), ("vigente desde", Cue::DocDate),
        ("fecha de la última revisión", Cue::DocDate), ("actualización", Cue::DocDate),
        // legal-document phrases
        ("política de privacidad", Cue::LegalDoc), ("esta política", Cue::LegalDoc), ("la presente política", Cue::LegalDoc),
        ("aviso de privacidad", Cue::LegalDoc), ("datos personales", Cue::LegalDoc), ("datos de carácter personal", Cue::LegalDoc),
        ("rgpd", Cue::LegalDoc), ("lopdgdd", Cue::LegalDoc), ("responsable del tratamiento", Cue::LegalDoc),
        ("base legal", Cue::LegalDoc), ("base jurídica", Cue::LegalDoc), ("legitimación", Cue::LegalDoc),
        ("interés legítimo", Cue::LegalDoc), ("tus derechos", Cue::LegalDoc), ("sus derechos", Cue::LegalDoc),
        ("términos y condiciones", Cue::LegalDoc), ("términos de servicio", Cue::LegalDoc), ("términos del servicio", Cue::LegalDoc), ("términos de uso", Cue::LegalDoc), ("condiciones de uso", Cue::LegalDoc), ("aviso legal", Cue::LegalDoc),
        ("delegado de protección de datos", Cue::LegalDoc), ("dpd", Cue::LegalDoc), ("terceros", Cue::LegalDoc),
        ("recopilamos", Cue::LegalDoc), ("plazo de conservación", Cue::LegalDoc), ("protección de datos", Cue::LegalDoc),
        ("privacidad", Cue::LegalDoc), ("responsabilidad", Cue::LegalDoc), ("legislación aplicable", Cue::LegalDoc),
        ("jurisdicción", Cue::LegalDoc), ("arbitraje", Cue::LegalDoc), ("consentimiento", Cue::LegalDoc),
        ("política de cookies", Cue::LegalDoc), ("tratamiento de datos", Cue::LegalDoc), ("tratamos", Cue::LegalDoc),
        // commerce and other ordinary pages
        ("oferta de empleo", Cue::Commerce), ("jornada completa", Cue::Commerce), ("media jornada", Cue::Commerce), ("funciones del puesto", Cue::Commerce), ("inscríbete", Cue::Commerce), ("contrato indefinido", Cue::Commerce), ("teletrabajo", Cue::Commerce), ("salario", Cue::Commerce), ("años de experiencia", Cue::Commerce), ("envía tu cv", Cue::Commerce), ("añadir al carrito", Cue::Commerce), ("añadir a la cesta", Cue::Commerce), ("carrito", Cue::Commerce),
        ("cesta", Cue::Commerce), ("en stock", Cue::Commerce), ("comprar ahora", Cue::Commerce),
        ("envío gratis", Cue::Commerce), ("envío gratuito", Cue::Commerce), ("ingredientes", Cue::Commerce),
        ("precalent*", Cue::Commerce), ("cucharada*", Cue::Commerce), ("cucharadita*", Cue::Commerce),
        ("receta*", Cue::Commerce), ("especificaciones", Cue::Commerce), ("especificaciones técnicas", Cue::Commerce),
        ("precio", Cue::Commerce), ("iva incluido", Cue::Commerce), ("opiniones de clientes", Cue::Commerce),
        ("tiempo de preparación", Cue::Commerce), ("raciones", Cue::Commerce), ("horno", Cue::Commerce),
        ("garantía", Cue::Commerce), ("peso", Cue::Commerce), ("tutorial", Cue::Commerce), ("paso a paso", Cue::Commerce),
        ("haz clic", Cue::Commerce), ("pulsa", Cue::Commerce), ("exportar tus datos", Cue::Commerce),
        ("descargar tus datos", Cue::Commerce), ("características principales", Cue::Commerce),
        ("compra verificada", Cue::Commerce), ("batería", Cue::Commerce), ("devoluciones", Cue::Commerce),
        ("también te puede interesar", Cue::Commerce), ("ficha técnica", Cue::Commerce),
        // data heads
        ("datos", Cue::DataHead), ("información", Cue::DataHead), ("informaciones", Cue::DataHead),
        ("en nuestro nombre", Cue::OnBehalf), ("por cuenta nuestra", Cue::OnBehalf), ("por nuestra cuenta", Cue::OnBehalf),
        ("para nosotros", Cue::OnBehalf), ("siguiendo nuestras instrucciones", Cue::OnBehalf), ("encargado* del tratamiento", Cue::OnBehalf),
        ("anonimiz*", Cue::Deidentified), ("anónim*", Cue::Deidentified), ("seudonimiz*", Cue::Deidentified),
        ("pseudonimiz*", Cue::Deidentified), ("agregad*", Cue::Deidentified), ("disociad*", Cue::Deidentified),
        ("no personal*", Cue::Deidentified), ("no te identifican", Cue::Deidentified),
        ("no permiten identificarte", Cue::Deidentified), ("no le identifican", Cue::Deidentified),
        ("cifrad*", Cue::Neutral), ("hash*", Cue::Deidentified),
        ("pero", Cue::ClauseBreak), ("sin embargo", Cue::ClauseBreak), ("no obstante", Cue::ClauseBreak),
        ("mientras que", Cue::ClauseBreak), ("aunque", Cue::ClauseBreak), ("en cambio", Cue::ClauseBreak),
        ("sino", Cue::ClauseBreak), ("en lugar de", Cue::ClauseBreak),
        ("esta política describe", Cue::Meta), ("esta política explica", Cue::Meta), ("la presente política describe", Cue::Meta),
        ("explica cómo", Cue::Meta), ("te explicamos", Cue::Meta), ("le explicamos", Cue::Meta), ("os explicamos", Cue::Meta), ("describe cómo", Cue::Meta), ("con quién compartimos", Cue::Meta),
        ("a quién comunicamos", Cue::Meta), ("a quién cedemos", Cue::Meta), ("a quién", Cue::Meta),
        ("puedes solicitar", Cue::Meta), ("puede solicitar", Cue::Meta), ("derecho de acceso", Cue::Meta),
        ("derecho a solicitar", Cue::Meta), ("no somos responsables", Cue::Meta), ("prácticas de privacidad", Cue::Meta),
        ("enlaces a", Cue::Meta), ("enlace a", Cue::Meta), ("sus propias políticas", Cue::Meta),
        ("si tienes alguna pregunta", Cue::Meta), ("si tiene alguna pregunta", Cue::Meta), ("contacta con nosotros", Cue::Meta),
        ("puedes ejercer", Cue::Meta), ("puede ejercer", Cue::Meta), ("tienes derecho", Cue::Meta), ("tiene derecho", Cue::Meta),
        ("con", Cue::RecipientPrep), ("a", Cue::RecipientPrep), ("vía", Cue::RecipientPrep), ("mediante", Cue::RecipientPrep), ("al", Cue::RecipientPrep), ("entre", Cue::RecipientPrep),
        ("no solo", Cue::Neutral), ("no sólo", Cue::Neutral), ("sin limitarse", Cue::Neutral), ("sin limitación", Cue::Neutral),
        ("sin perjuicio", Cue::Neutral), ("sin coste", Cue::Neutral), ("sin demora", Cue::Neutral), ("punto* de venta", Cue::Neutral), ("condiciones de venta", Cue::Neutral), ("posventa", Cue::Neutral), ("postventa", Cue::Neutral), ("precio de venta", Cue::Neutral), ("a la venta", Cue::Neutral),
        ("no vinculad*", Cue::Neutral), ("no afiliad*", Cue::Neutral), ("sin sacar", Cue::Neutral),
        ("tales como", Cue::Examples), ("como", Cue::Examples), ("por ejemplo", Cue::Examples), ("incluidos", Cue::Examples),
        ("incluidas", Cue::Examples), ("incluido", Cue::Examples), ("entre otros", Cue::Examples), ("entre ellos", Cue::Examples), ("entre ellas", Cue::Examples), ("en particular", Cue::Examples),
        ("es decir", Cue::Examples), ("en concreto", Cue::Examples), ("p ej", Cue::Examples), ("concretamente", Cue::Examples),
    ],
    kinds: KindWords {
        privacy: &[
            "política de privacidad", "aviso de privacidad", "declaración de privacidad", "privacidad",
            "protección de datos", "política de protección de datos", "datos personales", "información sobre privacidad",
            "tratamiento de datos", "centro de privacidad",
        ],
        terms: &[
            "términos y condiciones", "condiciones de transporte", "condiciones generales", "términos de uso", "términos del servicio", "términos de servicio", "términos de servicios", "condiciones de uso",
            "condiciones generales", "condiciones del servicio", "aviso legal", "acuerdo de usuario",
            "reglamento interno", "reglamento de régimen interno", "estatutos del club", "estatutos de la asociación", "normas del club",
            "contrato de licencia", "condiciones de contratación", "condiciones",
        ],
        cookie: &[
            "política de cookies", "aviso de cookies", "uso de cookies", "configuración de cookies", "cookies", "cookie",
        ],
        update: &[
            "actualización", "actualizaciones", "actualizamos", "actualizada", "cambios", "cambio", "modificación", "enmienda",
            "modificaciones", "novedades", "nueva", "nuevas", "nuevo", "importante", "aviso", "comunicado",
            "qué cambia", "próximos cambios", "fusión", "venta de nuestra empresa", "venta de la empresa", "venta de nuestro negocio",
        ],
        sections: &[
            "datos que recogemos", "que datos", "datos recogidos", "datos tratados", "finalidad", "finalidades", "legitimacion", "base juridica", "destinatarios", "cesiones", "comunicacion de datos", "conservacion", "plazo de conservacion", "sus derechos", "tus derechos", "responsable del tratamiento", "delegado de proteccion", "transferencias", "seguridad", "cookies",
        ],
    },
    stopwords: &[
        "el", "los", "las", "del", "y", "con", "por", "para", "una", "es", "son", "su", "sus", "tu", "tus", "nuestro",
        "nuestra", "nuestros", "nuestras", "usted", "nosotros", "como", "cuando", "al", "lo", "este", "esta",
        "estos", "estas", "tambien", "puede", "pueden", "podemos", "datos", "pero", "sobre", "desde", "hasta",
        "sin", "muy", "cual", "otros", "otras", "hemos", "ha", "sea", "esta", "estan", "nos", "mediante",
        "traves", "dichos", "informacion",
    ],
    months: &[
        ("enero", 1), ("ene", 1), ("febrero", 2), ("feb", 2), ("marzo", 3), ("mar", 3), ("abril", 4), ("abr", 4),
        ("mayo", 5), ("may", 5), ("junio", 6), ("jun", 6), ("julio", 7), ("jul", 7), ("agosto", 8), ("ago", 8),
        ("septiembre", 9), ("setiembre", 9), ("sept", 9), ("sep", 9), ("octubre", 10), ("oct", 10),
        ("noviembre", 11), ("nov", 11), ("diciembre", 12), ("dic", 12),
    ],
    not_names: &[
        "quiénes", "quienes", "qué", "cómo", "dónde", "cuándo", "cuál", "cuáles", "Se", "Le", "Les", "Lo",
        "Quiero", "Acepto", "Reglamento", "Ley", "Directiva", "Deseo", "Espacio", "Economico", "Europeo",
        "Nosotros", "Nuestro", "Nuestra", "Nuestros", "Nuestras", "Usted", "Tu", "Tus", "Su", "Sus", "El", "La",
        "Los", "Las", "Un", "Una", "Unos", "Unas", "Este", "Esta", "Estos", "Estas", "Si", "Cuando", "Para", "Por",
        "Con", "Sin", "En", "De", "Del", "Al", "Y", "O", "Terceros", "Socios", "Socio", "Proveedores", "Proveedor",
        "Encargados", "Empresas", "Empresa", "Entidades", "Entidad", "Sociedades", "Sociedad", "Grupo",
        "Autoridades", "Administraciones", "Publicas", "Datos", "Informacion", "Usuarios", "Usuario", "Clientes",
        "Cliente", "Miembros", "Configuracion", "Ajustes", "Privacidad", "Politica", "Condiciones", "Terminos",
        "Cuenta", "Perfil", "Publicidad", "Cookies", "Cookie", "Lunes", "Martes", "Miercoles", "Jueves", "Viernes",
        "Sabado", "Domingo", "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
        "Septiembre", "Octubre", "Noviembre", "Diciembre", "Inicio", "Ayuda", "Contacto", "Aviso", "Legal",
        "Nuevo", "Nueva", "Novedades", "Importante", "Version", "Fecha", "Hola", "Estimado", "Estimada",
        "Atentamente", "Gracias", "Espana", "Mexico", "Europa", "Union", "Europea", "UE", "EEE", "RGPD",
        "LOPDGDD", "AEPD", "IA", "IP", "GPS", "SDK", "API", "DNI", "NIE", "NIF", "CIF", "IBAN", "SMS", "Articulo",
        "Seccion", "Finalidad", "Finalidades", "Destinatarios", "Destinatario", "Derechos", "Plazo", "Conservacion",
        "Seguridad", "Marketing", "Analisis", "Estadisticas", "Investigacion", "Venta", "Fusion", "Adquisicion",
        "Servicios", "Servicio", "Sitio", "Web", "Aplicacion", "App", "Apps", "Plataforma", "Productos", "Producto",
        "Ofertas", "Contenido", "Mensajes", "Fotos", "Banco", "Bancos", "Aseguradora", "Repartidores",
        "Transportistas", "Pago", "Pagos", "Entrega", "Pedido", "Pedidos", "Todos", "Todas", "Ningun", "Ninguna",
        "Algunos", "Algunas", "Otros", "Otras", "Cada", "Mas", "Leer", "Ver", "Haz", "Aqui", "Menu", "No",
        "Consentimiento", "Responsable", "Tratamiento", "Ley", "Leyes", "Juzgados", "Tribunales", "Policia",
        "Segun", "Desde", "Despues", "Antes", "Cambios", "Preferencias", "Perfil", "Registro", "Mercantil",
        "Ficheros", "Fichero", "Solvencia", "Patrimonial", "Agencia", "Tributaria", "Fuerzas", "Cuerpos",
        "Estado", "Legitimacion", "Acceso", "Rectificacion", "Supresion", "Oposicion", "Limitacion",
        "Portabilidad", "Delegado", "Proteccion", "Puedes", "Puede", "Opiniones", "Caracteristicas",
        "Especificaciones", "Envio", "Ofertas", "Compartir", "Comparte", "Compartimos", "Compartiremos", "Que", "Quien", "Como", "Cuando", "Donde", "Esto", "Eso", "Solo", "Unicamente", "Tambien", "Ademas", "Ya", "Asimismo", "Igualmente", "Recuerda", "Le", "Te",
    ],
    data_suffixes: &[],
    recipient_suffixes: &[],
    recipient_suffix_exceptions: &[],
};

#[cfg(test)]
mod tests {
    use crate::lexicon::{Cue, DataType as D, Entity, Lang, Purpose as P, RecipientKind as R, VerbClass as V};
    use crate::text::tokenize;

    fn ents(s: &str) -> Vec<Entity> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        super::super::lexicon(Lang::Es).entities.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    fn cues(s: &str) -> Vec<Cue> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        super::super::lexicon(Lang::Es).cues.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn data_types() {
        let e = ents("tu número de teléfono, tu correo electrónico y tu dirección postal");
        assert_eq!(e, vec![Entity::Data(D::Phone), Entity::Data(D::Email), Entity::Data(D::Postal)]);
        let e = ents("la dirección IP, la ubicación precisa y el historial de pedidos");
        assert_eq!(e, vec![Entity::Data(D::Device), Entity::Data(D::PreciseLocation), Entity::Data(D::Transactions)]);
        let e = ents("sus datos identificativos (nombre, apellidos, DNI) y sus datos bancarios");
        assert!(e.contains(&Entity::Data(D::Government)) && e.contains(&Entity::Data(D::Payment)));
        assert_eq!(ents("tus datos personales"), vec![Entity::Data(D::Other)]);
        // A possessive must not swallow the head of a longer data phrase.
        assert_eq!(ents("sus datos bancarios"), vec![Entity::Data(D::Payment)]);
        assert_eq!(ents("tus datos de ubicación"), vec![Entity::Data(D::CoarseLocation)]);
    }

    #[test]
    fn recipients_and_purposes() {
        let e = ents("con socios publicitarios, encargados del tratamiento y empresas del grupo para publicidad personalizada");
        assert_eq!(
            e,
            vec![
                Entity::Recipient(R::Advertiser),
                Entity::Recipient(R::ServiceProvider),
                Entity::Recipient(R::Affiliate),
                Entity::Purpose(P::Advertising)
            ]
        );
        let e = ents("a las Fuerzas y Cuerpos de Seguridad del Estado cuando exista una obligación legal");
        assert_eq!(e, vec![Entity::Recipient(R::Government), Entity::Purpose(P::Legal)]);
        let e = ents("al fichero de solvencia patrimonial o a la sociedad absorbente en caso de fusión");
        assert_eq!(
            e,
            vec![Entity::Recipient(R::DataBroker), Entity::Recipient(R::Acquirer), Entity::Purpose(P::BusinessTransfer)]
        );
        assert!(ents("para detectar y prevenir el fraude").contains(&Entity::Purpose(P::Security)));
    }

    #[test]
    fn negative_cases() {
        // "publicidad" is not a verb of publishing; "tener en cuenta" is no account data.
        assert!(!cues("publicidad").iter().any(|c| matches!(c, Cue::Verb(_))));
        assert!(ents("hay que tener en cuenta").is_empty());
        // "no solo" is not a negation; "empresas no vinculadas" is not a negated clause.
        assert!(!cues("no solo").contains(&Cue::Negation));
        assert!(!cues("empresas no vinculadas").contains(&Cue::Negation));
        assert_eq!(ents("empresas no vinculadas"), vec![Entity::Recipient(R::ThirdParty)]);
        // "Registro Mercantil" is no collection; "comunicaciones electrónicas" (a law) no messages.
        assert!(!cues("en el Registro Mercantil").iter().any(|c| matches!(c, Cue::Verb(_))));
        assert!(ents("las comunicaciones electrónicas").is_empty());
    }

    #[test]
    fn cues_of_sharing_sentences() {
        let c = cues("No vendemos tus datos personales y no cedemos tu información a terceros.");
        assert!(c.contains(&Cue::Verb(V::Sell)) && c.contains(&Cue::Verb(V::Share)) && c.contains(&Cue::Negation));
        let c = cues("A partir del 1 de septiembre de 2025, compartiremos con las empresas de Grupo Altamira tu historial de pedidos.");
        assert_eq!(c[0], Cue::Change);
        assert!(c.contains(&Cue::Verb(V::Share)) && c.contains(&Cue::RecipientPrep));
        let c = cues("Solo compartimos datos con terceros sin tu consentimiento cuando la ley lo exige.");
        assert!(c.contains(&Cue::Exception));
        assert!(cues("Última actualización: 3 de marzo de 2025").contains(&Cue::DocDate));
        assert!(cues("Actualizamos nuestra política de privacidad").contains(&Cue::UpdateNotice));
        assert!(cues("Los repartidores solo ven tu nombre, como hasta ahora.").contains(&Cue::Continuing));
        assert!(cues("Puedes oponerte en Perfil > Privacidad.").contains(&Cue::OptOut));
        assert!(cues("datos procedentes de fuentes públicas").contains(&Cue::Source));
        assert!(cues("Utilizamos Google Analytics").contains(&Cue::Verb(V::Engage)));
    }

    #[test]
    fn months_and_stopwords() {
        let l = super::super::lexicon(Lang::Es);
        assert_eq!(l.month("septiembre"), Some(9));
        assert_eq!(l.month("diciembre"), Some(12));
        assert!(l.is_stopword("los") && !l.is_stopword("les") && !l.is_stopword("que"));
        assert!(l.is_not_name("terceros") && l.is_not_name("encargados"));
    }
}
