// Plans and evaluation: small "something changed" signals to the council room (joined after council.read,
// which is also who may read plans). Never who answered what: a questionnaire sends only its response count.
import type { Server } from 'socket.io';
import type { DomainEvent } from '../events/bus';

const councilRoom = (id: number) => `council:${id}`;

export function routePlansEvent(io: Server, event: DomainEvent): void {
	switch (event.type) {
		case 'plan.changed':
		case 'indicator.changed':
		case 'measurements.imported':
		case 'evaluation.changed':
			io.to(councilRoom(event.councilId)).emit('plan:changed', { planId: event.planId });
			break;
		case 'questionnaire.responded':
			io.to(councilRoom(event.councilId)).emit('questionnaire:responded', { questionnaireId: event.questionnaireId, responses: event.responses });
			break;
	}
}
