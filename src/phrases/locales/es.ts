/**
 * Built-in Spanish phrases (neutral Spanish, usted for formal, tú for warm).
 * Every placeholder carries a Spanish `|fallback`: the built-in fallbacks are English.
 */
import type { HeatLevel, WantId } from '../../analysis/types.ts';
import type { DefaultStepId } from '../../playbooks/types.ts';
import type { Phrase } from '../types.ts';

const CALM: [HeatLevel, HeatLevel] = [0, 1];
const MID: [HeatLevel, HeatLevel] = [1, 2];
const HOT: [HeatLevel, HeatLevel] = [2, 3];

interface Extra {
  heat?: [HeatLevel, HeatLevel];
  wants?: WantId[];
  title?: string;
}

function phrase(step: DefaultStepId, slug: string, tone: Phrase['tone'], text: string, extra: Extra = {}): Phrase {
  return { id: `es.${step}.${slug}`, step, text, tone, lang: 'es', ...extra };
}

const HOLA = 'Hola, {{customer.first_name|}}:';
const ESTIMADO = 'Estimado/a {{customer.name|cliente}}:';

export const es: readonly Phrase[] = [
  // --- listen ---
  phrase('listen', 'cuentame', 'warm', `${HOLA} gracias por escribirnos. ¿Me cuentas qué pasó desde el principio? Quiero entenderlo todo bien.`, { title: 'Cuéntame desde el principio' }),
  phrase('listen', 'formal-paso-a-paso', 'formal', `${ESTIMADO} gracias por contactar con {{company|nuestro equipo}}. Para poder ayudarle bien, ¿podría describirme lo ocurrido paso a paso?`, { title: 'Descripción paso a paso' }),
  phrase('listen', 'leo-todo', 'warm', `${HOLA} estoy aquí y voy a leer cada palabra. Cuéntame todo lo que salió mal, con el espacio que necesites.`, { heat: HOT, title: 'Leo cada palabra' }),
  phrase('listen', 'tranquilo', 'warm', `${HOLA} soy {{agent.name|quien}} se ocupará de tu caso. ¿Qué ha pasado con {{ticket.subject|tu pedido}}?`, { heat: CALM, title: 'Me presento' }),

  // --- acknowledge ---
  phrase('acknowledge', 'suena', 'warm', `Eso suena muy {{their_word|frustrante}}, y entiendo perfectamente que estés molesto/a.`, { title: 'Eso suena…' }),
  phrase('acknowledge', 'te-escucho', 'warm', `Te escucho. Pediste {{cursor}} y lo que llegó no era lo prometido. Eso no está bien.`, { title: 'Te escucho' }),
  phrase('acknowledge', 'formal-comprendo', 'formal', `Comprendo lo {{their_word|frustrante}} que ha sido esta situación y le agradezco que se haya tomado el tiempo de explicarla.`, { heat: MID, title: 'Comprendo la situación' }),
  phrase('acknowledge', 'todo-el-derecho', 'warm', `Tienes todo el derecho a estar enfadado/a. Has tenido que insistir más de una vez, y no debería haber sido así.`, { heat: HOT, title: 'Todo el derecho a enfadarse' }),

  // --- apologize ---
  phrase('apologize', 'lo-siento', 'warm', `Siento mucho que esto haya sido tan {{their_word|frustrante}}.`, { title: 'Siento que haya sido tan…' }),
  phrase('apologize', 'formal-disculpas', 'formal', `Le pido sinceras disculpas, en nombre de {{company|nuestro equipo}}, por las molestias y el tiempo perdido.`, { title: 'Disculpa formal' }),
  phrase('apologize', 'sin-excusas', 'warm', `Lo siento de verdad. No hay excusa para cómo se ha gestionado esto; te merecías algo mejor.`, { heat: HOT, title: 'Sin excusas' }),
  phrase('apologize', 'volver-a-escribir', 'warm', `Siento que hayas tenido que escribirnos otra vez por lo mismo. Un solo mensaje debería haber bastado.`, { heat: MID, title: 'Siento que tuvieras que insistir' }),

  // --- ask ---
  phrase('ask', 'que-seria-justo', 'warm', `¿Qué te parecería justo?`, { title: '¿Qué sería justo?' }),
  phrase('ask', 'formal-solucion', 'formal', `Para poder solucionarlo, ¿podría indicarme qué solución consideraría justa?`, { title: 'Pedir una solución justa' }),
  phrase('ask', 'en-mi-lugar', 'warm', `Si estuvieras en mi lugar, ¿qué harías para arreglarlo?`, { heat: CALM, title: 'Si estuvieras en mi lugar' }),
  phrase('ask', 'reembolso-o-reposicion', 'warm', `¿Prefieres un reembolso completo o que te enviemos uno nuevo? Elijas lo que elijas, lo dejo en marcha hoy mismo.`, { wants: ['refund', 'replacement'], title: 'Reembolso o reposición' }),

  // --- resolve ---
  phrase('resolve', 'reembolso', 'warm', `Te devolvemos el importe completo, y no hace falta que nos envíes nada.`, { wants: ['refund'], title: 'Reembolso completo' }),
  phrase('resolve', 'reposicion', 'warm', `Te enviamos uno nuevo sin coste y por envío urgente.`, { wants: ['replacement', 'speed'], title: 'Reposición urgente' }),
  phrase('resolve', 'rehacer', 'warm', `Volvemos a hacer el pedido sin coste, y esta vez revisaré la prueba contigo antes de imprimir nada.`, { wants: ['redo'], title: 'Rehacer el pedido' }),
  phrase('resolve', 'descuento', 'formal', `Para compensarle, nos gustaría ofrecerle un descuento del {{cursor}} % en su próximo pedido.`, { wants: ['discount', 'credit'], title: 'Descuento en el próximo pedido' }),
  phrase('resolve', 'alternativa', 'warm', `No puedo ofrecerte exactamente eso, y entiendo que decepcione. Lo que sí podemos hacer es {{cursor}}.`, { heat: MID, title: 'Una alternativa' }),

  // --- act ---
  phrase('act', 'ya-he', 'warm', `Ya he {{cursor}}. Recibirás un correo de confirmación en menos de una hora.`, { title: 'Ya he…' }),
  phrase('act', 'reembolso-en-camino', 'warm', `Tu reembolso ya está en camino: lo he tramitado hace un momento. El banco suele tardar de 3 a 5 días laborables en mostrarlo.`, { wants: ['refund'], title: 'Reembolso en camino' }),
  phrase('act', 'siguientes-pasos', 'formal', `Estos son los siguientes pasos: primero, {{cursor}}. Le informaré en cuanto se complete cada uno.`, { title: 'Siguientes pasos' }),
  phrase('act', 'sigo-yo', 'warm', `Yo sigo a cargo de esto hasta que quede resuelto, aunque otra parte del equipo haga una parte del trabajo.`, { heat: HOT, title: 'Sigo a cargo' }),

  // --- follow_up ---
  phrase('follow_up', 'compruebo', 'warm', `${HOLA} te escribo para comprobar que todo ha llegado bien y funciona como debe. ¿Puedo ayudarte en algo más?`, { title: 'Comprobar que todo llegó bien' }),
  phrase('follow_up', 'formal-seguimiento', 'formal', `${ESTIMADO} le escribo para confirmar que todo se ha resuelto a su satisfacción.`, { title: 'Seguimiento formal' }),
  phrase('follow_up', 'gracias', 'warm', `Gracias por seguir con nosotros a pesar de todo. Nos alegra mucho contar contigo.`, { title: 'Gracias por seguir con nosotros' }),
  phrase('follow_up', 'recordatorio', 'warm', `Te vuelvo a escribir el {{cursor}} para asegurarme de que todo está en orden.`, { title: 'Volveré a escribirte' }),
];
