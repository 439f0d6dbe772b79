/** Spanish outcome and direction words (Spanish CRM and dialer exports). */
import type { Language } from './types.js';

export const ES = {
  outcomes: {
    meeting: ['reunión', 'reuniones', 'cita', 'citas', 'demo', 'demostración', 'visita', 'presentación'],
    booked: ['concertada', 'concertado', 'fijada', 'fijado', 'conseguida', 'conseguido', 'confirmada', 'confirmado', 'cerrada', 'acordada', 'hecha'],
    booked_alone: ['agendada', 'agendado', 'programada', 'programado', 'reservada', 'reservado', 'planificada'],
    cancelled: ['cancelada', 'cancelado', 'anulada', 'anulado', 'aplazada', 'aplazado', 'reprogramada', 'reprogramado', 'pospuesta'],
    no_show: ['no se presentó', 'no asistió', 'no acudió'],
    callback: ['volver a llamar', 'devolver llamada', 'devolver la llamada', 'rellamada', 'rellamar', 'llamar más tarde', 'llamar luego', 'volver llamar', 'devolución de llamada', 'remarcar'],
    follow_up: ['seguimiento'],
    short: ['corto plazo', 'pronto', 'mañana', 'hoy', 'esta semana'],
    long: ['largo plazo', 'próximo trimestre', 'próximo año', 'meses', 'mes', 'trimestre'],
    talk: ['contactado', 'contactada', 'contacto', 'hablado', 'hablé', 'conversación', 'contestó', 'contesta', 'conectado', 'conectada', 'localizado', 'localizada', 'respondió', 'responde'],
    answered: ['contestada', 'contestado', 'atendida', 'atendido'],
    decision_maker: ['decisor', 'decisores', 'responsable', 'gerente', 'dueño', 'interlocutor'],
    verdict: ['interesado', 'interesada', 'interés', 'presupuesto', 'rechazo', 'rechazado', 'rechazada', 'cualificado', 'calificado', 'no es el momento', 'necesidad', 'objeción', 'enviar info', 'enviar información', 'propuesta', 'información', 'info', 'venta', 'vendido', 'pedido', 'recomendación'],
    gatekeeper: ['secretaria', 'secretario', 'recepción', 'recepcionista', 'centralita', 'asistente', 'filtro', 'compañero'],
    absent: ['ausente', 'no disponible', 'no está', 'de vacaciones', 'de baja', 'en reunión', 'ya no trabaja'],
    dial: [
      'buzón', 'buzón de voz', 'contestador', 'mensaje', 'mensaje dejado', 'ocupado', 'comunica', 'número equivocado', 'número erróneo',
      'número incorrecto', 'número inválido', 'no existe', 'fallida', 'fallido', 'perdida', 'sin respuesta', 'no contesta', 'ilocalizable', 'persona equivocada', 'inalcanzable',
    ],
    negation: ['no', 'sin', 'ningún', 'ninguna', 'ninguno', 'nunca', 'nadie'],
    filler: ['de', 'del', 'la', 'el', 'los', 'las', 'un', 'una', 'al', 'con', 'para', 'por', 'y', 'o', 'se', 'ha', 'hay', 'a', 'cliente', 'semana', 'próxima', 'llamada', 'más', 'tarde', 'enviar', 'pide', 'solicita'],
    hint_reached: ['colgó', 'correo enviado'],
    hint_dial: ['suena', 'reintentar'],
  },
  directions: {
    outbound: ['saliente', 'salientes', 'llamada saliente', 'emitida', 'realizada'],
    inbound: ['entrante', 'entrantes', 'llamada entrante', 'perdida', 'llamada perdida', 'recibida', 'interna'],
  },
} as const satisfies Language;
