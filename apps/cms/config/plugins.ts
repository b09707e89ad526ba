export default () => ({
  upload: {
    config: {
      security: {
        allowedTypes: ['image/*', 'application/pdf', 'text/plain', 'text/csv'],
        deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
      },
    },
  },
});
