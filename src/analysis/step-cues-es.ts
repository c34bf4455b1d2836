import type { CueContext, StepCues } from './step-cues.ts';

/**
 * How a Spanish agent reply shows it did each step concept (METHOD.md). Same shape as
 * the English cues: a pattern and a veto that reads the sentence around it, because
 * "lo siento, pero es nuestra política" says sorry and takes it back.
 *
 * Spanish letters (á, ñ) are not \w and \b does not see them as word characters, so
 * the patterns bound words with W (a letter-aware boundary) instead of \b.
 */

const W_START = '(?<![\\p{L}\\p{N}])';
const W_END = '(?![\\p{L}\\p{N}])';
/** A pattern whose `<` and `>` mark word boundaries, case- and accent-insensitive enough to read replies typed in a hurry. */
const re = (source: string): RegExp => new RegExp(source.replace(/</g, W_START).replace(/>/g, W_END), 'giu');

const TAKE_BACK = /(?<![\p{L}])(pero|sin embargo|aunque|no obstante)(?![\p{L}])/iu;
const DEFENCE = /(?<![\p{L}])(pol[ií]tica|normas?|condiciones|no (podemos|puedo|es posible)|no es (culpa|nuestra culpa)|lamentablemente|desafortunadamente|como (ya )?(te |le )?(dije|dijimos|indicamos|expliqu[eé]))(?![\p{L}])/iu;

function takenBack({ after, next }: CueContext): boolean {
  if (TAKE_BACK.test(after)) return true;
  return /^(pero|sin embargo|lamentablemente|desafortunadamente|no obstante)/iu.test(next) && DEFENCE.test(next);
}

const NEGATED =
  /(?<![\p{L}])(no (podemos|puedo|podr[eé]|podremos|es posible|se puede|hacemos|hay|aceptamos|corresponde)|nunca|imposible|ning[uú]n (reembolso|cambio))(?![\p{L}])/iu;
const RULES = /(?<![\p{L}])(seg[uú]n (nuestra|la) pol[ií]tica|nuestra pol[ií]tica|nuestras (normas|condiciones)|como (ya )?(te |le )?(dije|dijimos|expliqu[eé]|explicamos|indicamos))(?![\p{L}])/iu;
const COMPROMISE = /(?<![\p{L}])(pero|sin embargo|en cambio|lo que s[ií] (podemos|puedo))(?![\p{L}])[^.]*(podemos|puedo|vamos a|te (ofrezco|ofrecemos|enviamos|damos))/iu;

function refused(c: CueContext): boolean {
  if (NEGATED.test(c.before + c.after.slice(0, 20)) && !COMPROMISE.test(c.after)) return true;
  return RULES.test(c.sentence) && !COMPROMISE.test(c.sentence);
}

const DAYS = '(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const WHEN = `(hoy|ma[nñ]ana|esta (tarde|noche|semana)|la pr[oó]xima semana|el ${DAYS}|en (\\d+|unas?|unos|pocas?|los pr[oó]ximos|las pr[oó]ximas) (horas?|d[ií]as|minutos|semanas)|antes del?|dentro de|cuanto antes|en breve|pronto|enseguida)`;

/** First-person past of what agents do: "actualicé", "he enviado", "hemos corregido". */
const PAST_I =
  '(actualic[eé]|envi[eé]|mand[eé]|proces[eé]|emit[ií]|tramit[eé]|reembols[eé]|devolv[ií]|escal[eé]|correg[ií]|arregl[eé]|solucion[eé]|resolv[ií]|publiqu[eé]|sub[ií]|cre[eé]|cambi[eé]|cancel[eé]|anul[eé]|contact[eé]|reenvi[eé]|a[nñ]ad[ií]|agregu[eé]|elimin[eé]|borr[eé]|restaur[eé]|desbloque[eé]|reactiv[eé]|apliqu[eé]|hice|revis[eé]|respond[ií]|contest[eé]|abon[eé]|repar[eé]|sustitu[ií]|reemplac[eé])';
const PARTICIPLE =
  '(actualizado|enviado|mandado|procesado|emitido|tramitado|reembolsado|devuelto|escalado|corregido|arreglado|solucionado|resuelto|publicado|subido|creado|cambiado|cancelado|anulado|contactado|hablado|reenviado|a[nñ]adido|agregado|eliminado|borrado|restaurado|desbloqueado|reactivado|aplicado|hecho|revisado|respondido|contestado|abonado|reparado|sustituido|reemplazado|pasado|gestionado|comunicado|avisado|notificado)';

export const ES_STEP_CUES: StepCues = {
  listen: {
    says: [
      re('<(cu[eé]ntame|cu[eé]ntanos|cu[eé]nteme|cu[eé]ntenos|expl[ií]came|expl[ií]canos|expl[ií]queme|descr[ií]beme)>'),
      re('<(podr[ií]as|puedes|podr[ií]a|puede|podr[ií]an|pueden) (usted )?(por favor )?(contarme|contarnos|explicarme|explicarnos|describir(me|nos)?|indicarme|indicarnos|decirme|decirnos|detallar(me|nos)?|compartir|darme m[aá]s|darnos m[aá]s|enviarme m[aá]s|enviarnos m[aá]s|ampliar|aclarar)>'),
      re('<m[aá]s (detalles|informaci[oó]n|datos|info)>'),
      re('<(quedo|quedamos) (atento|atenta|atentos|atentas|a la espera) (a|de) (tus|sus) (comentarios|noticias|respuesta|dudas)>'),
      re('<en qu[eé] (te|le|les|os) (puedo|podemos) ayudar>|<c[oó]mo (te|le|les|os) (puedo|podemos) ayudar>'),
      re('<(te|le|les) escucho>|<(tómate|tómese) (tu|su|el) tiempo>|<con tus propias palabras>'),
      re('<(qu[eé]|c[oó]mo) (pas[oó]|ocurri[oó]|sucedi[oó]) (exactamente)?'),
      // An open question about their problem: "¿En cuál manera no funciona?", "¿Qué error te sale?"
      re('¿?<(qu[eé]|cu[aá]l|cu[aá]les|c[oó]mo|cu[aá]ndo|d[oó]nde|en (qu[eé]|cu[aá]l) (manera|forma|parte|paso))>[^.?!¿\\n]{0,120}(error|problema|falla|fallo|funciona|pasa|ocurre|sale|aparece|versi[oó]n|mensaje|pasos|intentaste|hiciste|ves)[^.?!¿\\n]{0,60}\\?'),
    ],
  },
  acknowledge: {
    says: [
      re('<(entiendo|comprendo|entendemos|comprendemos) (perfectamente |totalmente |completamente |muy bien )?(tu|su|vuestra|que|lo|la|c[oó]mo|por qu[eé]|el|tus|sus)>'),
      re('<(me|nos) (imagino|imaginamos|hago cargo|puedo imaginar)>'),
      re('<(tienes|tiene|ten[eé]s|tienen) (toda la |usted )?raz[oó]n>'),
      re('<(es|fue|ha sido|debe (de )?(ser|haber sido)|resulta) (muy |realmente |totalmente |super |s[uú]per |bastante )?(frustrante|molesto|desesperante|inaceptable|comprensible|l[oó]gico|normal que|un fastidio|una pesadilla|horrible|terrible|decepcionante)>'),
      re('<a m[ií] (tambi[eé]n )?(me )?(pasaba|pas[oó]|pasa|ocurr[ií]a|ocurri[oó]|ocurre|suced[ií]a|sucede) (lo mismo|igual|algo parecido|algo similar)>|<(me|nos) (pas[oó]|pasaba|ocurri[oó]) lo mismo>'),
      re('<(fue|es|ha sido) (un |mi |nuestro )?(error|fallo|culpa) (m[ií]o|nuestro|nuestra|de nuestra parte|de mi parte|por nuestra parte|por mi parte)>|<(mi|nuestro) (error|fallo)>|<(mi|nuestra) culpa>'),
      re('<(no|nunca) (debi[oó]|deber[ií]a|debieron|tendr[ií]a que|tendr[ií]as que) (haber )?(pasado|ocurrido|sucedido|pasar|ocurrir|tenido que)>'),
      re('<(confirmo|confirmamos|puedo confirmar|pude reproducir|puedo reproducir|hemos reproducido|he reproducido) (que )?(el |es un |hay un )?(error|problema|fallo|bug)?'),
      re('<(ya )?veo (el|cu[aá]l es el|d[oó]nde est[aá] el) (problema|error|fallo)>'),
      re('<(te|os|les) (hemos )?(fallado|decepcionado|defraudado)>'),
      re('<(estoy|estamos) (totalmente |completamente )?de acuerdo>'),
    ],
    // "Hoy a la noche veo cuál es el problema" promises a look; it does not acknowledge.
    veto: (c) => /(?<![\p{L}])(no|nunca|hoy|ma[nñ]ana|noche|tarde|luego|despu[eé]s)\s*$/iu.test(c.before) || takenBack(c),
  },
  apologize: {
    says: [
      re('<(lo )?(siento|sentimos|lamento|lamentamos)>( (much[ií]simo|mucho|de veras|de verdad|profundamente|sinceramente|enormemente))?'),
      re('<(te |le |les |os )?(pido|pedimos|ofrezco|ofrecemos) (mis |nuestras )?(m[aá]s )?(sinceras |sentidas |humildes )?(disculpas|perd[oó]n)>'),
      re('<(mis|nuestras) (m[aá]s )?(sinceras |sentidas |profundas )?disculpas>'),
      re('<(disculpa|disculpe|disculpen|disculpad|perdona|perdone|perdonen|perd[oó]n)> (por|las molestias|el|la|los|las|que)>'),
      re('<(disculpen|disculpa|disculpe) (las|cualquier) molestias?>'),
    ],
    veto: (c) => {
      // Bad news and "sorry if you felt" are not apologies for their experience.
      if (/^\s*(,\s*)?(informarte|informarle|informaros|decirte|decirle|comunicarte|comunicarle|que (te|se) (hayas|haya) sentido|si (te|le|os) (has|ha|hab[eé]is) sentido|si te sentiste|si le molest[oó]|si (te|le) (ofendi[oó]|pareci[oó]))/iu.test(c.after)) return true;
      // "Disculpa, ¿me pasas el número de pedido?" interrupts to ask.
      if (/^\s*[,!]?\s*¿/u.test(c.after)) return true;
      if (/^\s*[,]?\s*(no (podemos|puedo|es posible|se puede))/iu.test(c.after)) return true;
      return takenBack(c);
    },
  },
  ask: {
    says: [
      re('<qu[eé] (te|le|les|os) (parecer[ií]a|parece|resultar[ií]a) (justo|razonable|bien|adecuado|una soluci[oó]n)>'),
      re('<qu[eé] (podemos|puedo|podr[ií]amos|podr[ií]a) hacer (por (ti|usted|vosotros)|para (compensarte|compensarle|compensaros|arreglarlo|solucionarlo|remediarlo|que (est[eé]s|quedes|quede) (contento|satisfecho|conforme)))>'),
      re('<c[oó]mo (podemos|puedo|podr[ií]amos) (compensarte|compensarle|compensaros|arreglarlo|remediarlo|solucionarlo)>'),
      re('<qu[eé] (preferir[ií]as|prefieres|preferir[ií]a|prefiere|te gustar[ií]a|le gustar[ií]a|necesitas|necesita) (que (hagamos|hiciéramos|hici[eé]ramos|haga))?'),
      re('<(si|cuando) (estuvieras|estuviera|fueras|fuera) (en mi lugar|t[uú]|usted)>'),
      re('<(qu[eé]|cu[aá]l) (soluci[oó]n|opci[oó]n|alternativa) (te|le|os) (parece|parecer[ií]a|gustar[ií]a|viene mejor|conviene)>'),
    ],
  },
  resolve: {
    says: [
      re('<(reembols\\p{L}*|devoluci[oó]n|devolver(te|le|os)? (el|tu|su|vuestro) dinero|reintegr\\p{L}*|reposici[oó]n|reemplazo|sustituci[oó]n|descuento|cup[oó]n|vale (de|por|descuento)|cr[eé]dito|bonificaci[oó]n|compensaci[oó]n|gratis|gratuit[oa]|sin (coste|costo|cargo)( alguno| adicional)?|(corre|va) (por nuestra cuenta|a cuenta de la casa|por cuenta de la casa)|invitamos|te invitamos|\\d+ ?% de descuento)>'),
      re('<(te|le|les|os) (enviamos|enviaremos|mandamos|mandaremos|env[ií]o|enviar[eé]|mando|mandar[eé]|hacemos|haremos|damos|daremos|regalamos) (uno|una|otro|otra|un|el|la) (nuevo|nueva|otro|otra|correcto|correcta|repuesto|reemplazo|cambio)?'),
      re('<(podemos|puedo|vamos a|voy a|podr[ií]amos|podr[ií]a) (cambiar|reemplazar|sustituir|reparar|arreglar|corregir|solucionar|rehacer|repetir|reenviar|devolver|reembolsar|cancelar|anular|eliminar|borrar|restaurar)(lo|la|los|las|te|le)?>'),
    ],
    veto: (c) => refused(c) || /(?<![\p{L}])(pediste|solicitaste|quieres|quer[ií]as|pides)(?![\p{L}])/iu.test(c.before),
    more: [
      {
        // Fixes and routes: "prueba que tengas el comando pip", "actualicé la base de datos", "ya está solucionado".
        says: [
          re('<(prueba|pruebe|prueben|probad|intenta|intente|intenten|intentad)> (a |con |que |de nuevo|otra vez|usar|instalar|actualizar|reiniciar|borrar|eliminar|descargar|ejecutar|cambiar|desinstalar|volver|la |el |los |las |esto|eso|lo )'),
          re('<(puedes|puede|pueden|pod[eé]s|podr[ií]as|podr[ií]a) (intentar|probar|usar|instalar|actualizar|reiniciar|borrar|descargar|volver a|cambiar|contactar|escribir|pedir|solicitar|revisar)>'),
          re('<(te|le|les|os) (recomiendo|recomendamos|sugiero|sugerimos|aconsejo|aconsejamos)>|<(recomiendo|sugiero|mi sugerencia)>'),
          re('<(ya )?(est[aá]|qued[oó]|queda|ha quedado|fue|ha sido|est[aá]n|quedaron) (ya )?(solucionad[oa]s?|arreglad[oa]s?|corregid[oa]s?|resuelt[oa]s?|reparad[oa]s?|disponibles?|publicad[oa]s?)>'),
          re(`<(lo |la |los |las )?(he|hemos) (ya )?(solucionado|arreglado|corregido|resuelto|reembolsado|devuelto|actualizado|publicado|reparado|restaurado|subido)>`),
          re('<(solucion[eé]|arregl[eé]|correg[ií]|actualic[eé]|reembols[eé]|devolv[ií]|publiqu[eé]|repar[eé]|restaur[eé])>'),
          re('<(con (eso|esto)|as[ií]) (ya )?(se )?(resolver[ií]a|resuelve|soluciona|solucionar[ií]a|arregla|arreglar[ií]a|deber[ií]a (funcionar|resolverse|solucionarse|quedar))>'),
          re('<(nueva|[uú]ltima) versi[oó]n>|<(actualiza|actualice|actualicen|descarga|descargue|instala|instale)> (a )?(la )?(nueva|[uú]ltima)'),
          re('<(ya )?(puedes|puede|pueden|pod[eé]s) (usar|volver a|acceder|entrar|descargar|ingresar)>[^.?!]{0,40}<(ya|ahora|de nuevo|otra vez|sin problema)>'),
          re('<(soluci[oó]n|alternativa|workaround) (es|ser[ií]a|temporal)>'),
        ],
        // "Puedes escribirnos a soporte@…" sends them elsewhere in our own house.
        veto: (c) => refused(c) || /^\s*(a |con )?(nosotros|nuestro|nuestra|soporte|info@|el formulario)/iu.test(c.after),
      },
    ],
  },
  act: {
    says: [
      re(`<(he|hemos|ya he|ya hemos) (ya )?${PARTICIPLE}>`),
      re(`<${PAST_I}>`),
      re('<(ya )?(ha|han) sido (corregid|solucionad|arreglad|enviad|procesad|reembolsad|actualizad|publicad|resuelt|reparad|devuelt)[oa]s?>'),
      // What will happen and when: "hoy a la noche veo cuál es el problema y les paso la solución".
      re(`<${WHEN}>[^.?!]{0,30}<(veo|reviso|miro|lo reviso|lo miro|lo veo|te escribo|te aviso|te confirmo|te llamo|lo arreglo|lo soluciono|lo corrijo|lo env[ií]o|lo subo|lo publico|subo|publico|env[ií]o|mando)>`),
      re('<(te|le|les|os) (paso|pasar[eé]|pasamos|pasaremos|env[ií]o|enviar[eé]|enviamos|enviaremos|mando|mandar[eé]|escribir[eé]|escribiremos|llamar[eé]|llamaremos|avisar[eé]|avisaremos|aviso|avisamos|confirmo|confirmar[eé]|confirmaremos|contactar[eé]|contactaremos|informar[eé]|informaremos|mantendr[eé]|mantendremos)>'),
      re('<(revisar[eé]|revisaremos|ver[eé]|veremos|mirar[eé]|miraremos|investigar[eé]|investigaremos|arreglar[eé]|arreglaremos|corregir[eé]|corregiremos|solucionar[eé]|solucionaremos|publicar[eé]|publicaremos|subir[eé]|subiremos|procesar[eé]|procesaremos|tramitar[eé]|tramitaremos|gestionar[eé]|gestionaremos|escalar[eé]|escalaremos|enviar[eé]|enviaremos)>'),
      re('<(voy|vamos) a (revisar|ver|mirar|investigar|arreglar|corregir|solucionar|publicar|subir|procesar|tramitar|gestionar|escalar|enviar|mandar|llamar|escribir|contactar|hablar|pasar)>'),
      re('<(estoy|estamos) (ya )?(revisando|investigando|mirando|trabajando en|procesando|tramitando|gestionando|preparando|arreglando|corrigiendo|solucionando)>'),
      re('<(recibir[aá]s|recibir[aá]|recibir[aá]n|llegar[aá]|llegar[aá]n|estar[aá] (listo|lista|disponible|resuelto|solucionado)|lo tendr[aá]s|lo tendr[aá])>'),
      re('<(n[uú]mero|c[oó]digo) de seguimiento>'),
    ],
    veto: (c) => /(?<![\p{L}])(si|cuando (t[uú]|usted)|no|nunca)\s*$/iu.test(c.before),
  },
  follow_up: {
    says: [
      re('¿?<(ya )?(te|le|les|os) (lleg[oó]|funcion[oó]|funciona|sirvi[oó]|ha llegado|ha funcionado|ha servido)>[^.?!]{0,60}\\?'),
      re('<(est[aá]|qued[oó]|va) todo (bien|correcto|solucionado|resuelto|en orden)>[^.?!]{0,30}\\?'),
      re('<(quer[ií]a|quer[ií]amos|quiero|queremos) (saber|confirmar|comprobar|asegurarme|asegurarnos) (si|que|de que|c[oó]mo)>'),
      re('<(te|le|os) (escribo|escribimos) (de nuevo|otra vez|nuevamente) para (saber|confirmar|ver)>'),
      re('<gracias por (tu|su|vuestra) (fidelidad|confianza|lealtad|paciencia) (durante|todos estos|en estos|de tantos)>|<gracias por (seguir|confiar|elegirnos|ser (cliente|parte))>'),
      re(`<(te|le|os) (escribo|escribir[eé]|llamar[eé]|contactar[eé]) (de nuevo |otra vez )?${WHEN}[^.?!]{0,40}<(para|a ver|y ver) (saber|confirmar|ver|comprobar|si)>`),
    ],
    afterFix: [
      re('<(doy|damos|lo doy|lo damos) por (resuelto|cerrado|solucionado)>|<(cierro|cerramos|cerrando) (el|este|la|esta) (issue|ticket|tema|incidencia|consulta)>'),
      re('<gracias por (avisar|reportar|el aviso|la confirmaci[oó]n|confirmar|tu paciencia|su paciencia)>'),
    ],
  },
};
