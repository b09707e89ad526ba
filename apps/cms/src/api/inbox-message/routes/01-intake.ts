// Public to the network, but the controller accepts only the web app (FORM_SECRET).
export default {
  routes: [{ method: 'POST', path: '/inbox-messages/intake', handler: 'api::inbox-message.inbox-message.intake', config: { auth: false } }],
};
