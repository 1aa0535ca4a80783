// Shows results and refusals (with every problem the server listed) above the editor.
export function show(element, text, problems = [], kind = 'info') {
  element.className = `messages ${kind}`;
  element.replaceChildren();
  const head = document.createElement('p');
  head.textContent = text;
  element.append(head);
  if (problems.length) {
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem.message || problem.vietnamese || JSON.stringify(problem);
      list.append(item);
    }
    element.append(list);
  }
}

export function showError(element, error) {
  show(element, error.message, error.problems, 'error');
}
