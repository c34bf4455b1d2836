import { phrases, type Lexicon } from './types.ts';

/**
 * Spanish (Spain and Latin America). A short hand-made valence list of the words
 * customers use when they are unhappy or pleased; the cue patterns and the trained
 * word weights carry the rest. Accents are optional in the patterns where customers
 * often drop them ("atencion", "verguenza").
 */
const VALENCE: Record<string, number> = {
  mal: -2, malo: -2, mala: -2, malísimo: -4, malisimo: -4, pésimo: -4, pesimo: -4, pésima: -4, pesima: -4, horrible: -4,
  terrible: -4, fatal: -3, lamentable: -3, vergonzoso: -4, vergüenza: -4, verguenza: -4, indignante: -4, indignado: -4,
  indignada: -4, inaceptable: -4, intolerable: -4, inadmisible: -4, estafa: -4, estafadores: -4, timo: -4, robo: -4, ladrones: -4,
  engaño: -3, engañado: -3, engañada: -3, mentira: -3, mentiras: -3, mienten: -3, decepcionado: -2, decepcionada: -2,
  decepción: -2, decepcion: -2, decepcionante: -2, molesto: -2, molesta: -2, enfadado: -3, enfadada: -3, enojado: -3,
  enojada: -3, harto: -3, harta: -3, hartos: -3, furioso: -4, furiosa: -4, frustrado: -2, frustrada: -2, frustrante: -2,
  desastre: -3, caos: -2, ridículo: -3, ridiculo: -3, absurdo: -3, incompetentes: -3, inútiles: -3, inutiles: -3, inútil: -3,
  inutil: -3, nefasto: -4, deplorable: -4, asqueroso: -4, cutre: -2, tomadura: -3, abuso: -3, abusivo: -3, queja: -1,
  problema: -1, roto: -1, rota: -1, defectuoso: -1, dañado: -1, tarde: -1, nadie: -1, nunca: -1,
  retraso: -2, retrasos: -2, demora: -2, demoras: -2, perdido: -2, perdida: -2, perdí: -2, perdimos: -2, falla: -2, fallo: -2,
  error: -1, errores: -1, imposible: -2, incertidumbre: -2, confusos: -2, confuso: -2, despersonalizada: -2, mecanizadas: -2,
  culpa: -2, reclamación: -1, reclamacion: -1, estresada: -2, estresado: -2, llorar: -2, nerviosos: -2, nervioso: -2, penca: -3,
  atraco: -4, atracos: -4, aberrante: -4, desprecia: -3, desprecio: -3, burla: -3, embaucador: -4, deficiente: -3, incumplir: -3,
  incumplido: -3, incumplimiento: -3, caro: -1, carísimo: -2, abusiva: -3, sucio: -3, sucios: -3, sucia: -3, asco: -4,
  horror: -4, tarado: -3, imbécil: -4, idiotas: -4, molestar: -2, molestando: -2, engañan: -3, cobrarme: -1, cobran: -1,
  bueno: 2, buena: 2, bien: 2, genial: 3, excelente: 3, perfecto: 3, gracias: 2, amable: 2, rápido: 1, rapido: 1,
  encantado: 3, encantada: 3, contento: 2, contenta: 2, satisfecho: 2, satisfecha: 2, estupendo: 3, maravilloso: 3,
};

/** Words of a bad verdict, for the phrases a customer builds around them ("extremely poor service"). */
const NEGES = '(?:mal[oa]?|p(?:é|e)sim[oa]|terrible|horrible|lamentable|deficiente|lent[oa]|nul[oa]|desastros[oa]|vergonzos[oa]|inaceptable|incomprensibles?|despersonalizad[oa]|mecanizad[oa]s?|confus[oa]s?|imposible|penca|draconian[oa]|insoportable(?:mente)?|aberrante|nefast[oa]|indignante|fatal)';

export const es: Lexicon = {
  lang: 'es',
  // Words shared with English or German (a, me, no, se, son, solo) are left out.
  functionWords: new Set(
    ('el la los las y es que de del en un una unos por para con mi mis su sus lo le les al pero como ya hace hoy ' +
      'tengo tiene han ha he hemos está están estoy fue era muy más nada ni porque cuando donde qué cómo por favor ' +
      'gracias hola buenos buenas días pedido cuenta desde hasta sin sobre también todavía aún nos vuestro vuestra ' +
      'usted ustedes ellos esto este esta eso ese esa semana semanas meses dinero nunca siempre').split(' '),
  ),
  valence: new Map(Object.entries(VALENCE)),
  negators: new Set('no ni nunca jamás jamas nada nadie sin tampoco ningún ninguno ninguna'.split(' ')),
  strongWords: phrases([
    'inaceptable', 'intolerable', 'inadmisible', 'vergonzos[oa]', '(una |qué |que )?verg(ü|u)enza', 'indignante', 'indignad[oa]s?', 'lamentable',
    'p(é|e)sim[oa]s?', 'horrible', 'terrible', 'nefast[oa]', 'deplorable', 'asqueros[oa]', 'estafa', 'estafador(es|as)?', 'timo', 'ladr(o|ó)n(es)?', 'robo',
    'una tomadura de pelo', 'un chiste', 'una broma', 'un desastre', 'desastros[oa]', 'rid(í|i)cul[oa]', 'absurd[oa]', 'incompetentes?', 'in(ú|u)tiles?',
    'harto', 'harta', 'hartos', 'estoy hart[oa]', 'furios[oa]', 'indignaci(ó|o)n', 'me (han )?engañado', 'nos (han )?engañado', 'mentiros[oa]s', 'mienten',
    'lo peor', 'el peor', 'la peor', 'de risa', 'cachondeo', 'abuso', 'abusiv[oa]', 'una burla', 'sinverg(ü|u)enzas?', 'chapuza', 'caos',
  ]),
  extremeWords: phrases([
    'estafa(dores|dor|s)?', 'timo', 'ladr(o|ó)n(es)?', 'robo', 'roban', 'nos roban', 'verg(ü|u)enza', 'vergonzos[oa]', 'indignante', 'asqueros[oa]', 'repugnante', 'mienten', 'mentiros[oa]s?', 'mentira',
    'lo peor', 'el peor', 'la peor', 'nefast[oa]', 'ilegal(es)?', 'delito', 'atracos?', 'sinverg(ü|u)enzas?', 'una burla', 'tomadura de pelo', 'furios[oa]', 'inaceptable', 'intolerable', 'inadmisible', 'p(é|e)sim[oa]', 'fraude', 'abuso',
  ]),
  mildWords: phrases([
    'decepcion(ad[oa]|ante)', 'decepci(ó|o)n', 'molest[oa]', 'no estoy (content[oa]|satisfech[oa])', 'insatisfech[oa]', 'frustra(d[oa]|nte)', 'lamentablemente', 'desafortunadamente',
    'una (pena|l(á|a)stima)', 'me sorprende', 'esperaba (m(á|a)s|mejor)', 'inconveniente', 'confus[oa]', 'un poco', 'por desgracia', 'preocupad[oa]',
  ]),
  profanity: {
    strong: phrases(['mierda', 'joder', 'jodid[oa]s?', 'cabr(o|ó)n(es)?', 'hijos? de puta', 'put[oa]s?', 'gilipollas', 'pendejos?', 'co(ñ|n)o', 'carajo', 'chinga\\w*']),
    mild: phrases(['maldit[oa]s?', 'narices', 'leches', 'demonios', 'diablos']),
  },
  maskedRoots: ['mierda', 'joder', 'puta', 'cabron'],
  repeatContact: phrases([
    '(por )?(segunda|tercera|cuarta|quinta|en(é|e)sima|\\d+[ªa]) vez', '(dos|tres|cuatro|cinco|varias|muchas|numerosas|\\d+) (veces|llamadas|correos|emails|reclamaciones|quejas)',
    'otra vez', 'de nuevo', 'una vez m(á|a)s', 'todav(í|i)a (no|sin|nada|estoy esperando)', 'a(ú|u)n (no|sin|nada|estoy esperando)', 'sigo (esperando|sin|igual)', 'seguimos (esperando|sin)',
    'ya (os|les|le|te)? ?(he|hemos) (llamado|escrito|enviado|dicho|explicado|reclamado)', 'nadie (me )?(responde|contesta|ha respondido|ha contestado|llama|soluciona)',
    'sin (respuesta|contestaci(ó|o)n|soluci(ó|o)n)', 'ninguna (respuesta|soluci(ó|o)n)', 'no (me )?(responden|contestan|dan soluci(ó|o)n)', 'cada vez que (llamo|escribo)', 'repetidamente', 'una y otra vez',
  ]),
  threats: {
    money: phrases(['contracargo', 'devoluci(ó|o)n del cargo', 'mi banco', 'anular (el|la) (cargo|pago)', 'reclamar al banco', 'disputa con paypal']),
    legal: phrases([
      'abogad[oa]s?', 'denuncia(r|ré|re)?', 'demanda(r|ré)?', 'juzgado', 'tribunales?', 'v(í|i)a judicial', 'acciones legales', 'hoja de reclamaciones', 'libro de reclamaciones',
      'consumo', 'oficina del consumidor', 'omic', 'facua', 'ocu', 'profeco', 'indecopi', 'defensa del consumidor', 'polic(í|i)a', 'guardia civil',
    ]),
    public: phrases(['redes sociales', 'twitter', 'facebook', 'instagram', 'tiktok', 'rese(ñ|n)as?', 'opini(ó|o)n negativa', 'una estrella', 'trustpilot', 'google', 'lo voy a publicar', 'contarlo a todo el mundo', 'que todo el mundo sepa']),
    leave: phrases([
      'nunca m(á|a)s', 'jam(á|a)s (vuelvo|volver(é|e)|compro|comprar(é|e))', 'no (vuelvo|volver(é|e)) a (comprar|pedir|contratar|usar)', 'me (doy|dar(é|e)) de baja', 'me voy a (otra|la competencia)',
      'cambiar(me)? de (compa(ñ|n)(í|i)a|operador|banco|empresa)', 'la competencia', 'perder un cliente', 'han perdido un cliente', 'cancelar(é|e)? (mi|el|la) (cuenta|contrato|suscripci(ó|o)n|pedido)',
    ]),
  },
  secondPerson: phrases(['tú', 'tu', 'tus', 'usted', 'ustedes', 'vosotros', 'os', 'vuestro', 'vuestra', 'su empresa', 'te']),
  intensifiers: '(?:muy|realmente|totalmente|completamente|absolutamente|super|súper|tan|demasiado|bastante|increíblemente)',
  grievances: phrases([
    'no (me )?(avisaron|avisan|informaron|informan)', 'se (demora|retrasa|retras(ó|o))', 'sin soluci(ó|o)n(es)?', 'no (funciona|funcionaba|sirve|serv(í|i)a)', 'nadie (pensaba|quiere|sabe)',
    'me (perd(í|i)|hicieron perder)', 'perder (la mañana|el d(í|i)a|el vuelo|horas)', 'tuve que', 'tuvimos que', 'no tuvimos otro remedio', 'no lo vale', 'me cobran', 'me quieren cobrar', 'me (ha|han) costado',
    'se (caía|cae|cayó) (el|la)?', 'lava(n)? las manos', 'por culpa de', 'siguen en sus trece',
    'se supon(í|i)a', 'me (dijeron|aseguraron|prometieron)', 'prometieron', 'a pesar de', 'aunque', 'no funciona', 'sigue sin funcionar', 'no ha llegado', 'nunca (lleg(ó|o)|ha llegado)',
    'me (han )?cobrado (dos veces|de m(á|a)s|sin)', 'cobro (indebido|duplicado)', 'doble cobro', 'sin (previo )?aviso', 'sin avisar', 'nadie (me )?(avis(ó|o)|inform(ó|o))',
    'me (pasan|pasaron|van pasando) de un', 'de un departamento a otro', 'no es lo que (ped(í|i)|compr(é|e)|pagu(é|e))', 'equivocad[oa]', 'err(ó|o)ne[oa]', 'en mal estado', 'roto', 'defectuos[oa]',
  ]),
  demands: phrases(['exijo', 'exigimos', 'quiero (mi|que|una|el|la|ya)', 'tienen que', 'deben (devolver|solucionar|reembolsar)', 'lo m(í|i)nimo', 'ex(í|i)jo']),
  waited: phrases([
    '(hace|desde hace|llevo|llevamos|m(á|a)s de|casi|durante) (un|una|dos|tres|cuatro|cinco|seis|varios|varias|muchos|muchas|\\d+) (horas?|d(í|i)as?|semanas?|mes(es)?|a(ñ|n)os?)',
    'desde (el|hace|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)', 'sigo esperando', 'llevo esperando', 'esperando desde',
  ]),
  deadlines: phrases(['antes del? (lunes|martes|mi(é|e)rcoles|jueves|viernes|s(á|a)bado|domingo|ma(ñ|n)ana)', 'en (un plazo de|menos de) \\d+', 'plazo (m(á|a)ximo|de \\d+)', 'de lo contrario', 'si no (me )?(solucionan|responden|devuelven)', '(ú|u)ltimo aviso']),
  sarcasm: phrases(['gracias por nada', 'menudo servicio', 'vaya servicio', 'qu(é|e) (gran|buen) servicio', 'enhorabuena', 'genial,? (de verdad|gracias)', 'muy bonito', 'de chiste']),
  requests: phrases(['(es|ser(í|i)a) posible', 'hay (alguna )?(forma|manera)', 'c(ó|o)mo (puedo|podemos|se puede|hago)', '(me|nos) (podr(í|i)an|puede|pueden|podr(í|i)a) (decir|ayudar|indicar|enviar|confirmar)', 'quisiera (saber|preguntar|pedir)', 'me gustar(í|i)a', 'una pregunta', 'una consulta', 'alguna (idea|soluci(ó|o)n|novedad)']),
  politeness: phrases(['por favor', 'gracias', 'muchas gracias', 'un saludo', 'saludos', 'atentamente', 'le agradecer(í|i)a', 'les agradecer(í|i)a', 'podr(í|i)an', 'podr(í|i)a']),
  experienceWords: new Map<string, number>([
    ['una vergüenza', 5], ['una verguenza', 5], ['vergonzoso', 5], ['inaceptable', 5], ['intolerable', 5], ['indignante', 5], ['una estafa', 5], ['un robo', 5],
    ['una tomadura de pelo', 5], ['pésimo servicio', 5], ['pesimo servicio', 5], ['pésima atención', 5], ['pesima atencion', 5], ['pésimo', 4], ['pesimo', 4], ['pésima', 4], ['pesima', 4],
    ['lamentable', 4], ['horrible', 4], ['terrible', 4], ['un desastre', 4], ['una burla', 4], ['una broma', 4], ['un chiste', 4], ['de risa', 4], ['ridículo', 4], ['ridiculo', 4],
    ['una chapuza', 4], ['nefasto', 5], ['deplorable', 5], ['lo peor', 5], ['el peor', 5], ['la peor', 5], ['indignado', 4], ['indignada', 4], ['harto', 3], ['harta', 3],
    ['decepcionado', 2], ['decepcionada', 2], ['una decepción', 3], ['decepcionante', 2], ['frustrante', 3], ['molesto', 2], ['molesta', 2], ['enfadado', 3], ['enfadada', 3],
    ['un caos', 3], ['inútiles', 4], ['incompetentes', 4], ['un engaño', 4], ['un abuso', 4], ['abusivo', 4], ['una pesadilla', 4], ['fatal', 3],
  ]),
  experiencePhrases: phrases([
    `(?:muy|tan|super|súper|totalmente|absolutamente|completamente|realmente|bastante|prácticamente|practicamente|increíblemente|demasiado) ${NEGES}`,
    `(?:servicio|atenci(?:ó|o)n(?: al cliente)?|trato|experiencia|empresa|gesti(?:ó|o)n|respuestas?|mensajes) ${NEGES}`,
    `${NEGES} (?:servicio|atenci(?:ó|o)n|experiencia|trato|empresa)`, 'un (?:aut(?:é|e)ntico |verdadero |completo )?desastre', 'una (?:aut(?:é|e)ntica |verdadera )?(?:verg(?:ü|u)enza|estafa|broma|burla|pesadilla|chapuza)',
    'qu(?:é|e) (?:horror|verg(?:ü|u)enza|desastre|asco|pena)', 'lo (?:m(?:á|a)s )?(?:peor|aberrante|indignante)', 'no (?:lo )?vale', 'sin soluci(?:ó|o)n(?:es)?', 'falta de \\w+', 'se lava(?:n)? las manos',
    'les importa un (?:pimiento|bledo|comino|pepino)', 'me (?:mienten|mintieron|enga(?:ñ|n)aron)', 'te mienten', 'atracos?', 'de chichinabo', 'craso error', 'ganas de llorar', 'lo pasamos (?:muy )?mal',
    'ni por error', 'nunca m(?:á|a)s', 'estoy hart[oa]', 'siempre (?:me )?falla',
  ]),
  wants: {
    refund: {
      says: [phrases(['reembolso', 'reembolsen', 'reembolsar', 'devoluci(ó|o)n (de|del) (mi )?(dinero|importe|pago)', 'devu(é|e)lvan(me)? (el|mi) dinero', 'devolver (el|mi) dinero', 'mi dinero', 'que me devuelvan', 'abono', 'reintegro', 'retrocesi(ó|o)n', 'devoluci(ó|o)n (del|de la|de los|de las) (cargo|comisi(ó|o)n|comisiones|importe)', 'me (han )?cobrado (dos veces|de m(á|a)s)', 'cobro (indebido|duplicado)', 'contracargo'])],
      unless: phrases(['ya (me )?(han )?(devuelto|reembolsado)', 'gracias por el reembolso', 'ofrecer el reembolso', 'me (ofrecieron|ofrecen) (el )?reembolso']),
    },
    replacement: { says: [phrases(['cambio', 'cambiar(lo|la)? por', 'sustituci(ó|o)n', 'reemplazo', 'otr[oa] (nuevo|nueva|unidad)', 'un[oa] nuev[oa]', 'env(í|i)en(me)? otr[oa]'])], unless: phrases(['cambio de (opini(ó|o)n|direcci(ó|o)n|contraseña)']) },
    redo: { says: [phrases(['repar(ar|en|aci(ó|o)n)', 'arregl(ar|en|o)', 'volver a (hacer|enviar|instalar|entregar)', 'rehacer', 'que vengan a', 'reenv(í|i)(o|en|ar)', 'corregir', 'lo correcto ser(í|i)a', 'hay un (typo|error) en'])] },
    discount: { says: [phrases(['descuento', 'rebaja', '\\d+ ?% de descuento', 'c(ó|o)digo promocional', 'cup(ó|o)n'])] },
    credit: { says: [phrases(['compensaci(ó|o)n', 'compensen', 'indemnizaci(ó|o)n', 'indemnicen', 'vale', 'bono', 'saldo a favor'])] },
    free_item: { says: [phrases(['gratis', 'gratuit[oa]', 'sin coste', 'sin costo', 'sin cargo'])], unless: phrases(['env(í|i)o gratis a partir']) },
    cancel: {
      says: [phrases(['dar(me)? de baja', 'la baja', 'cancelar (mi|el|la) (pedido|cuenta|contrato|suscripci(ó|o)n|reserva|servicio|l(í|i)nea)', 'cancelaci(ó|o)n', 'anular (el|mi|la) (pedido|reserva|contrato)', 'rescindir'])],
      unless: phrases(['si no', 'de lo contrario', 'ya (he )?cancelad[oa]', 'me cancelaron']),
    },
    manager: { says: [phrases(['(hablar|hable) con (un|el|una|la) (responsable|supervisor(a)?|encargad[oa]|jefe|gerente|superior)', 'un responsable', 'el responsable', 'supervisor', 'encargad[oa]', 'gerente', 'atenci(ó|o)n (de|con) una persona', 'una persona real', 'escal(ar|en)'])] },
    apology_only: { says: [phrases(['una disculpa', 'que (me )?pidan (perd(ó|o)n|disculpas)', 'pedir perd(ó|o)n', 'que lo reconozcan', 'reconozcan (el|su) error'])], unless: phrases(['disculpen (la|las) molestias', 'perdonen (la|las) molestias']) },
    explanation: { says: [phrases(['por qu(é|e)', 'expliquen', 'explicaci(ó|o)n(es)?', 'qu(é|e) (ha )?pas(ó|o|a)', 'qu(é|e) est(á|a) pasando', 'c(ó|o)mo es posible', 'motivo', 'para preguntar', 'qu(é|e) (debo|tengo que|puedo) hacer', 'mi consulta', 'hay (alguna )?(forma|manera)', 'c(ó|o)mo (puedo|hago|se hace)'])] },
    speed: { says: [phrases(['urgente', 'urgencia', 'cuanto antes', 'lo antes posible', 'inmediatamente', 'de inmediato', 'ya mismo', 'hoy mismo', 'para (ma(ñ|n)ana|hoy|el lunes|el viernes)', 'antes del? (lunes|martes|mi(é|e)rcoles|jueves|viernes)', 'lo necesito (ya|hoy|para)', 'r(á|a)pido'])], unless: phrases(['sin prisa', 'no corre prisa']) },
  },
};
