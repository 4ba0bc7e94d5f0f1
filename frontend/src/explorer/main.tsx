// placeholder: the explorer entry is built in its own task
document.getElementById('explorer')!.textContent = 'GraphiQL'
