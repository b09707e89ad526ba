export default {
  config: {
    locales: ['de'],
    // The admin would otherwise poll GitHub for release notes; these machines have no internet.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap() {},
};
