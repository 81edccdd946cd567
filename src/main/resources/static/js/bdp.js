// Adds the CSRF token to every htmx request (no inline scripts: the CSP forbids them).
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});

// Search box suggestions: a WAI-ARIA combobox with a listbox (arrows move, Enter opens, Escape closes).
(function () {
    function parts() {
        var input = document.getElementById('search-q');
        var list = document.getElementById('search-suggestions');
        return input && list ? { input: input, list: list } : null;
    }
    function options(list) {
        return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    }
    function close(p) {
        p.list.innerHTML = '';
        p.list.classList.add('empty');
        p.input.setAttribute('aria-expanded', 'false');
        p.input.removeAttribute('aria-activedescendant');
    }
    function activate(p, index) {
        var all = options(p.list);
        all.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
        if (index >= 0 && all[index]) {
            p.input.setAttribute('aria-activedescendant', all[index].id);
            all[index].scrollIntoView({ block: 'nearest' });
        } else {
            p.input.removeAttribute('aria-activedescendant');
        }
    }
    document.addEventListener('htmx:afterSwap', function () {
        var p = parts();
        if (!p) { return; }
        var count = options(p.list).length;
        p.input.setAttribute('aria-expanded', count > 0 && document.activeElement === p.input ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
        var p = parts();
        if (!p || event.target !== p.input) { return; }
        var all = options(p.list);
        var current = all.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
        if (event.key === 'ArrowDown' && all.length) {
            event.preventDefault();
            p.input.setAttribute('aria-expanded', 'true');
            activate(p, (current + 1) % all.length);
        } else if (event.key === 'ArrowUp' && all.length) {
            event.preventDefault();
            activate(p, current <= 0 ? all.length - 1 : current - 1);
        } else if (event.key === 'Escape') {
            close(p);
        } else if (event.key === 'Enter' && current >= 0) {
            event.preventDefault();
            window.location.href = all[current].getAttribute('data-href');
        }
    });
    document.addEventListener('click', function (event) {
        var p = parts();
        if (!p) { return; }
        var option = event.target.closest ? event.target.closest('#search-suggestions [role="option"]') : null;
        if (option) {
            window.location.href = option.getAttribute('data-href');
        } else if (event.target !== p.input) {
            close(p);
        }
    });
}());
