// What one does to one's own notifications through the action runner.
export { setDelivery } from './set-delivery';
