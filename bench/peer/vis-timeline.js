// The peer for the benchmark: the same synthetic dataset (`?dataset=`) in vis-timeline with its
// defaults, one group per category (the app's lanes), a point for a day and a range otherwise.
/* global vis */
const dataset = new URL(location.href).searchParams.get('dataset');

/** The synthetic datasets use 1959, 1959-09, 1959-09-26, 1959~ and 1959/1963 only. */
function span(edtf) {
  const [from, to] = edtf.replace('~', '').split('/');
  const [year, month, day] = from.split('-').map(Number);
  const start = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  if (day) return { start, type: 'point' };
  const endYear = to ? Number(to) : year;
  const end = month ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(endYear + 1, 0, 1));
  return { start, end, type: 'range' };
}

fetch(dataset)
  .then((response) => response.json())
  .then((data) => {
    const groups = new vis.DataSet(
      data.categories.map((category) => ({ id: category.id, content: category.label })),
    );
    const items = new vis.DataSet(
      data.events.map((event) => ({
        id: event.id,
        group: event.category,
        content: event.title,
        ...span(event.date.edtf),
      })),
    );
    new vis.Timeline(document.getElementById('timeline'), items, groups, {
      height: '680px',
    });
  });
