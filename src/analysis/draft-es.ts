/**
 * The draft checker's Spanish rules: the same six kinds as the English ones
 * (METHOD.md "What never to write"), in the families Spanish-speaking agents use,
 * each with a calmer Spanish rewrite. checkDraft uses these when readingOf says the
 * draft is Spanish.
 *
 * Judgment calls:
 * - "deberías de poder ver…", "debería llegar", "debes contar con un certificado" tell
 *   the customer what to expect or need; only the bossy formal "debe usted…" and the
 *   past "deberías haber / debió usted" blame.
 * - "solo" and "pequeño" are flagged only with a shrug at size ("es solo un pequeño
 *   retraso"), not in "solo tener el error de firma" or "un pequeño vídeo".
 */
import { groups, type Rule } from './draft-engine.ts';

/** Letters and digits of any script: \b does not see "á" or "ñ" as part of a word. */
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

/** A case-insensitive, Unicode-aware global pattern; a space stands for any run of whitespace and a bare `(` groups without capturing. */
function rxes(source: string): RegExp {
  return new RegExp(`${B}(?:${groups(source).replace(/ /g, '\\s+')})${E}`, 'giu');
}

/** The rest of the clause. */
const CLAUSE = '[^.!?¡¿;\\n]{0,200}';

export const spanishRules: Rule[] = [
  // --- blame ---------------------------------------------------------------------
  {
    kind: 'blame',
    pattern: rxes(
      `(deb(e|ía|ió|ería) usted|usted deb(e|ía|ió|ería)|(deberías|debería|debías|tendrías que|tenías que)( de)? haber|debiste|debió usted|usted tendría que haber)(?! (de )?(poder|recibir|llegar|tener|ver|estar)${E})${CLAUSE}`,
    ),
    rewrite: 'podríamos haberlo explicado mejor',
  },
  {
    kind: 'blame',
    pattern: rxes(
      `((es|fue|era) (culpa suya|culpa tuya|su culpa|tu culpa)|por (su|tu) culpa|(usted|tú) se equivocó|(se negó|te negaste|os negasteis) a|no (leyó|leíste|ha leído|has leído|revisó|revisaste|comprobó|comprobaste)|(usted|tú)? ?(no|nunca) (nos )?(avisó|avisaste|informó|informaste|pagó|pagaste)|(conseguisteis|conseguiste|consiguió) lo que (querías|quería|queríais)|hay que tener (la )?cara (muy )?dura|(tiene|tienes|tenéis) (mucha )?cara|de manera ruin|(algún tipo de )?trauma que usted tenga|(?<=(esta|este|el|la) (pasajer[oa]|cliente|clienta|huésped|usuari[oa]|señora?) )(molestó|se negó|insultó|provocó|causó|gritó|amenazó))${CLAUSE}`,
    ),
    rewrite: 'quiero entender bien lo que pasó',
  },

  // --- defensive -----------------------------------------------------------------
  {
    kind: 'defensive',
    pattern: rxes(
      `(no (nos )?es posible|no (podemos|puedo|se puede|es viable) (realizar|hacer|ofrecer|devolver|reembolsar|aceptar|cambiar|aplicar|conceder|atender)|no (es|fue) (nuestra|mi) culpa|no (somos|soy) responsables?|no nos hacemos responsables|no (me|nos) corresponde|(está|queda) fuera de (nuestro|mi) (alcance|control)|(ya )?no está en vigor|(ha|había) (vencido|expirado|caducado) el plazo|fuera (del|de) plazo)${CLAUSE}`,
    ),
    rewrite: 'déjeme ver qué puedo hacer por usted',
  },
  {
    kind: 'defensive',
    pattern: rxes('(según|de acuerdo con|conforme a) (nuestra|la) (política|normativa|condiciones)|nuestra política (es|dice|indica|establece)|(es|son) (nuestra|la) política'),
    rewrite: 'normalmente',
  },
  {
    kind: 'defensive',
    // "Así lo indico en la pantalla principal": it was written down, so it is on them.
    pattern: rxes('(así|como) (lo )?(indico|indicamos|indica|se indica|pone|dice|consta|explico|explicamos|se explica)( claramente)? en|(está|viene|figura) (claramente )?(indicado|especificado|escrito|explicado) en'),
    rewrite: 'para que lo tenga a mano, está en',
  },
  {
    kind: 'defensive',
    // Policing what the channel is for.
    pattern: rxes(`(aquí|acá) (sólo|solo|solamente|únicamente) se (da seguimiento|atiende|atienden|tratan|gestionan|resuelven)${CLAUSE}|(este|esta) (repositorio|foro|canal|página|hilo|sección) (es )?(sólo|solo|únicamente|solamente) (para|es para)${CLAUSE}|(este|esta) no es (el|la) (lugar|sitio|canal|foro)`),
    rewrite: 'para ayudarle mejor, le cuento dónde se gestiona esto',
  },
  {
    kind: 'defensive',
    // Correcting their facts, or saying it was done right.
    pattern: rxes(
      `(se le|le|se les|les) (exigió|cobró|aplicó|informó|indicó|denegó) correctamente|(de manera|de forma) correcta|no porque (estuviera|estuvieran|estaba|estaban) mal|no (había|hubo) nada mal|(eso|esto) no es (cierto|verdad)|(usted|tú) (está|estás) equivocad[oa]|de ahí a que (diga|digas|digan)|(resulta que )?(sólo|solo|solamente) (la tuya|el tuyo|la suya|el suyo|usted|tú)( se queja| sabe| tiene| ha)?|(nadie|ningún otro cliente|ningún cliente) (más )?(se ha quejado|se queja|se quejó|ha tenido)${CLAUSE}`,
    ),
    rewrite: 'entiendo lo que nos cuenta y quiero revisarlo con usted',
  },

  // --- minimizing ----------------------------------------------------------------
  {
    kind: 'minimizing',
    pattern: rxes(
      '(es|era|fue|ha sido) (sólo|solo|solamente|simplemente|nada más que|apenas) (un|una) (pequeñ[oa]|poc[oa]|leve|mínim[oa])?|(no es|no fue|no era) (para tanto|nada grave|gran cosa|para ponerse así)|(cálmese|cálmate|tranquilícese|tranquilízate|relájese|relájate|calma)|(pequeñ[oa]|leve|mínim[oa]) (inconveniente|molestia|retraso|problema|error|fallo|incidencia)|(solo|sólo|simplemente) (tiene|tienes|debe|debes) que|basta con',
    ),
    rewrite: (span) => (/^(?:cálm|tranquil|relá|calma)/i.test(span) ? 'tómese el tiempo que necesite' : /tiene|tienes|debe|debes|basta/i.test(span) ? 'el siguiente paso es' : /^no/i.test(span) ? 'entiendo que le importa' : span.replace(/\s+(?:sólo|solo|solamente|simplemente|nada más que|apenas)\b/iu, '').replace(/\s+(?:pequeñ[oa]|poc[oa]|leve|mínim[oa])$/iu, '').replace(/^(?:pequeñ[oa]|leve|mínim[oa])\s+/iu, '')),
  },

  // --- sorry, but ----------------------------------------------------------------
  {
    kind: 'sorry_but',
    pattern: rxes('(lo siento|lo sentimos|lamentamos|lamento|disculpe|disculpa|perdone|perdón|sentimos|siento|pedimos disculpas)[^.!?¡¿\\n]{0,80}?([,;]\\s*|\\s+)(pero|sin embargo)(,(?=\\s))?'),
    keepComma: true,
    rewrite: (span) => span.replace(/\s*[,;]?\s*(?:pero|sin embargo),?$/iu, ', y'),
  },
  {
    kind: 'sorry_but',
    pattern: rxes('(siento|lamento|lamentamos|sentimos) (que|si) (se sienta|te sientas|se haya sentido|te hayas sentido|le haya molestado|te haya molestado|usted piense|pienses|le haya parecido|te haya parecido)'),
    rewrite: (span) => `${span.split(/\s/)[0]} lo que ha pasado`,
  },

  // --- brush-off -----------------------------------------------------------------
  {
    kind: 'brush_off',
    pattern: rxes(
      'como (ya )?(le|te|les|os) (dije|dijimos|indiqué|indicamos|expliqué|explicamos|comenté|comentamos|informé|informamos|mencioné|mencionamos)|como ya (dije|dijimos|mencioné|expliqué|indiqué|se (dijo|indicó|explicó|mencionó))|según (mi|nuestro) (último|anterior) (correo|mensaje|email|e-mail)|(no tenemos|no hay) nada más (que|para) (añadir|decir)|damos por cerrad[oa]|(cerramos|cierro) (este|el) (caso|ticket|hilo|tema)|(consulte|lea|revise|lee|consulta) (las )?(preguntas frecuentes|faq|nuestra web)',
    ),
    rewrite: 'para resumir',
  },

  // --- cold distance -------------------------------------------------------------
  {
    kind: 'cold_distance',
    pattern: rxes(`(la|esta) (empresa|compañía)(?! (de|transportista|de mensajería|de transporte)${E})|la dirección (ha decidido|ha determinado|no permite)|el departamento (correspondiente|competente|responsable)`),
    rewrite: (span) => (/dirección/i.test(span) ? 'hemos decidido' : /departamento/i.test(span) ? 'nuestro equipo' : 'nosotros'),
  },
  {
    kind: 'cold_distance',
    pattern: rxes(`(esta|este|el|la) (pasajer[oa]|huésped|clienta?|usuari[oa])(?= (molestó|se negó|insultó|provocó|causó|gritó|amenazó|decidió|no)${E})|se le (informa|comunica|notifica)|por medio de la presente|el cliente (deberá|debe|queda)`),
    rewrite: (span) => (/^se le|presente/i.test(span) ? 'le cuento' : /^el cliente/i.test(span) ? 'le pedimos que' : 'usted'),
  },
];
