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

// Charts: "Pobierz wykres (PNG)" draws the chart's server-side SVG into a canvas and downloads it as PNG.
// The buttons are hidden in the HTML and shown here, so without JavaScript only the SVG and CSV links show.
(function () {
    function showButtons() {
        Array.prototype.forEach.call(document.querySelectorAll('button[data-png]'), function (button) {
            button.hidden = false;
        });
    }
    function download(button) {
        var scope = button.closest('figure') || button.closest('section');
        var svg = scope ? scope.querySelector('svg') : null;
        if (!svg) { return; }
        var box = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal : svg.getBoundingClientRect();
        var width = Math.round(box.width), height = Math.round(box.height), scale = 2;
        var clone = svg.cloneNode(true);
        clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
        clone.setAttribute('width', width);
        clone.setAttribute('height', height);
        var image = new Image();
        image.onload = function () {
            var canvas = document.createElement('canvas');
            canvas.width = width * scale;
            canvas.height = height * scale;
            var context = canvas.getContext('2d');
            context.fillStyle = '#fff';
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.drawImage(image, 0, 0, canvas.width, canvas.height);
            canvas.toBlob(function (blob) {
                var link = document.createElement('a');
                link.href = URL.createObjectURL(blob);
                link.download = button.getAttribute('data-png');
                document.body.appendChild(link);
                link.click();
                link.remove();
                setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
            }, 'image/png');
        };
        image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(clone));
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button[data-png]') : null;
        if (button) {
            event.preventDefault();
            download(button);
        }
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showButtons);
    } else {
        showButtons();
    }
}());
