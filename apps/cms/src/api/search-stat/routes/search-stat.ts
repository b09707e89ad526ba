// No content API of its own: the statistics are never public. The web app delivers its counts
// here (the controller checks FORM_SECRET); ITD11 reads them through /dsh-search/report.
export default {
  routes: [{ method: 'POST', path: '/search-stats/intake', handler: 'api::search-stat.search-stat.intake', config: { auth: false } }],
};
