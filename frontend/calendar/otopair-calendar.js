/*
 * <otopair-calendar>: the browser side of com.otopair.base.ui.calendar.FullCalendar.
 *
 * FullCalendar renders into this element's light DOM, because it injects its stylesheet into the
 * document head, which a shadow root would not see. The server drives the element through four
 * properties (so a re-attached element rebuilds itself from them) and hears back through DOM
 * events:
 *
 *   options    view, narrowView, selectable, editable, slot times, firstDay, businessHours,
 *              headerToolbar, allDaySlot, height, and the page's language: locale ('en' or
 *              'fr-ca'), buttonText, weekdays (short names, Sunday first) and timeLabels
 *              { time, hour, am, pm }: Java patterns ("h:mm a", "H 'h'") for event times and
 *              whole hours on the time axis, so they read like the page's sentences
 *   eventData  { revision, events: [{ id, title, start, end, display, editable, classNames }] };
 *              every new value replaces all events
 *   date       the ISO date to show ("2026-11-23")
 *   now        the shop's wall time when the server sent it ("2026-11-23T10:15:00")
 *
 *   otopair-select        detail { start, end, allDay }
 *   otopair-event-click   detail { id }
 *   otopair-event-drop    detail { id, start, end, oldStart, oldEnd }
 *   otopair-event-resize  detail { id, start, end, oldStart, oldEnd }
 *   otopair-dates-set     detail { start, end, view, date }
 *
 * Floating wall time: FullCalendar runs in its 'UTC' time zone and every date string travels
 * without an offset, so a Date's UTC fields are the shop's wall time and the browser's own zone
 * never shifts anything.
 */
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import frCaLocale from '@fullcalendar/core/locales/fr-ca';

const NARROW_WIDTH = 600;
const WEEK_VIEW = 'timeGridWeek';

/** A FullCalendar Date (UTC fields = wall time) as "2026-11-23T08:00:00". */
const wallTime = (date) => date.toISOString().slice(0, 19);
/** A FullCalendar Date as "2026-11-23". */
const wallDate = (date) => date.toISOString().slice(0, 10);

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** A week view's column header in the page's language: "Mon 23", "lun. 23". */
const weekHeader = (weekdays, arg) =>
  `${(weekdays || WEEKDAYS)[arg.date.marker.getUTCDay()]} ${arg.date.day}`;

const TIME_LABELS = { time: 'HH:mm', hour: 'HH:mm', am: 'AM', pm: 'PM' };
/**
 * A wall time written with a pattern in Java's notation, the subset the server sends: H and HH
 * (0-23), h and hh (1-12), mm, a (am or pm), 'quoted text'; other characters stay as they are.
 */
const formatTime = (labels, pattern, hour, minute) =>
  pattern.replace(/'([^']*)'|HH?|hh?|mm|a/g, (token, quoted) => {
    if (quoted !== undefined) {
      return quoted;
    }
    const hour12 = hour % 12 || 12;
    switch (token) {
      case 'H': return String(hour);
      case 'HH': return String(hour).padStart(2, '0');
      case 'h': return String(hour12);
      case 'hh': return String(hour12).padStart(2, '0');
      case 'mm': return String(minute).padStart(2, '0');
      default: return hour < 12 ? labels.am : labels.pm;
    }
  });
/** A time-axis label: a whole hour short ("1 PM", "13 h"), another time in full ("1:30 PM"). */
const slotLabel = (labels, arg) =>
  formatTime(labels, arg.date.minute === 0 ? labels.hour : labels.time, arg.date.hour, arg.date.minute);
/** An event's time, or its start and end ("9:00 AM - 10:30 AM", "9 h 00 - 10 h 30"). */
const eventTime = (labels, arg) => {
  const start = formatTime(labels, labels.time, arg.start.hour, arg.start.minute);
  return arg.end
    ? start + arg.defaultSeparator + formatTime(labels, labels.time, arg.end.hour, arg.end.minute)
    : start;
};

/** The options that map one to one onto FullCalendar options. */
const PLAIN_OPTIONS = [
  'selectable',
  'slotDuration',
  'slotMinTime',
  'slotMaxTime',
  'firstDay',
  'allDaySlot',
  'height',
  'headerToolbar',
  'businessHours',
  'locale',
  'buttonText',
];

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

class OtopairCalendar extends HTMLElement {
  constructor() {
    super();
    this._options = {};
    this._eventData = { revision: 0, events: [] };
    this._date = undefined;
    this._nowWall = undefined;
    this._nowReceivedAt = 0;
    this._calendar = undefined;
    this._applied = {};
  }

  connectedCallback() {
    // Properties set before the element was upgraded sit on the instance and shadow the setters.
    for (const name of ['options', 'eventData', 'date', 'now']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._create();
  }

  disconnectedCallback() {
    this._destroy();
  }

  set options(options) {
    this._options = options || {};
    if (this._calendar) {
      this._updateOptions();
    }
  }

  get options() {
    return this._options;
  }

  set eventData(eventData) {
    this._eventData = eventData || { revision: 0, events: [] };
    if (this._calendar) {
      this._renderEvents();
    }
  }

  get eventData() {
    return this._eventData;
  }

  set date(date) {
    this._date = date || undefined;
    const calendar = this._calendar;
    if (calendar && this._date) {
      const view = calendar.view;
      const shown = wallDate(view.currentStart) <= this._date && this._date < wallDate(view.currentEnd);
      if (!shown) {
        calendar.gotoDate(this._date);
      }
    }
  }

  get date() {
    return this._date;
  }

  set now(now) {
    this._nowWall = now ? Date.parse(now + 'Z') : undefined;
    this._nowReceivedAt = Date.now();
  }

  get now() {
    return this._nowWall === undefined ? undefined : wallTime(new Date(this._nowWall));
  }

  /** The shop's wall time now, as a FullCalendar (UTC) Date: the server's, moved on since. */
  _currentNow() {
    if (this._nowWall === undefined) {
      const local = new Date();
      return new Date(local.getTime() - local.getTimezoneOffset() * 60000);
    }
    return new Date(this._nowWall + (Date.now() - this._nowReceivedAt));
  }

  _timeLabels() {
    return this._options.timeLabels || TIME_LABELS;
  }

  _isNarrow() {
    const width = this.getBoundingClientRect().width || window.innerWidth;
    return width < NARROW_WIDTH;
  }

  /** The view to open for the server's view: a narrow screen gets narrowView instead of a week. */
  _openingView(view) {
    const narrowView = this._options.narrowView;
    if (view === WEEK_VIEW && narrowView && this._isNarrow()) {
      return narrowView;
    }
    return view || WEEK_VIEW;
  }

  _create() {
    if (this._calendar || !this.isConnected) {
      return;
    }
    this.classList.add('otopair-calendar');
    const options = this._options;
    const host = document.createElement('div');
    host.className = 'otopair-calendar-body';
    this.appendChild(host);
    this._host = host;

    const settings = {
      plugins: [dayGridPlugin, timeGridPlugin, interactionPlugin, listPlugin],
      timeZone: 'UTC',
      now: () => this._currentNow(),
      nowIndicator: true,
      initialView: this._openingView(options.view),
      initialDate: this._date,
      editable: false,
      selectMirror: false,
      unselectAuto: true,
      longPressDelay: 350,
      expandRows: true,
      stickyHeaderDates: true,
      navLinks: true,
      dayMaxEvents: true,
      // FullCalendar's own words (hints, the list view's empty state) in the page's language;
      // the server sends the buttons' texts and the weekdays with the options.
      locales: [frCaLocale],
      locale: 'en',
      // Times as the page's sentences write them, and short day headers that fit a phone
      slotLabelFormat: (arg) => slotLabel(this._timeLabels(), arg),
      eventTimeFormat: (arg) => eventTime(this._timeLabels(), arg),
      views: {
        timeGridWeek: { dayHeaderFormat: (arg) => weekHeader(this._options.weekdays, arg) },
      },
      eventContent: (arg) => this._eventContent(arg),
      select: (info) => this._onSelect(info),
      eventClick: (info) => this._emit('otopair-event-click', { id: info.event.id }),
      eventDrop: (info) => this._emit('otopair-event-drop', this._change(info)),
      eventResize: (info) => this._emit('otopair-event-resize', this._change(info)),
      datesSet: (info) =>
        this._emit('otopair-dates-set', {
          start: wallDate(info.start),
          end: wallDate(info.end),
          view: info.view.type,
          date: wallDate(info.view.currentStart),
        }),
    };
    for (const name of PLAIN_OPTIONS) {
      if (options[name] !== undefined) {
        settings[name] = options[name];
      }
    }
    this._applied = { ...options };
    this._calendar = new Calendar(host, settings);
    this._renderEvents();
    this._calendar.render();
    // FullCalendar measures itself on window resizes only; Vaadin layouts resize it without one
    // (and it may first render before the layout has given it a width).
    // Measured in the next frame: resizing inside the observer's callback would loop.
    this._resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this._resizeFrame);
      this._resizeFrame = requestAnimationFrame(() => this._calendar && this._calendar.updateSize());
    });
    this._resizeObserver.observe(this);
  }

  _destroy() {
    if (this._resizeObserver) {
      cancelAnimationFrame(this._resizeFrame);
      this._resizeObserver.disconnect();
      this._resizeObserver = undefined;
    }
    if (this._calendar) {
      this._calendar.destroy();
      this._calendar = undefined;
    }
    if (this._host) {
      this._host.remove();
      this._host = undefined;
    }
  }

  _updateOptions() {
    const calendar = this._calendar;
    const options = this._options;
    const applied = this._applied;
    calendar.batchRendering(() => {
      for (const name of PLAIN_OPTIONS) {
        if (!same(options[name], applied[name])) {
          calendar.setOption(name, options[name]);
        }
      }
      // A view the browser reported back (the user switched) is already shown: only a view the
      // server chose moves the calendar.
      if (options.view && options.view !== applied.view && options.view !== calendar.view.type) {
        calendar.changeView(options.view);
      }
    });
    const editableChanged = options.editable !== applied.editable;
    this._applied = { ...options };
    if (editableChanged) {
      this._renderEvents();
    }
  }

  /** Draws every event again from the server's list (undoing a refused drag). */
  _renderEvents() {
    const calendar = this._calendar;
    const calendarEditable = this._options.editable === true;
    const events = (this._eventData.events || []).map((event) => ({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      display: event.display,
      editable: calendarEditable && event.editable === true,
      classNames: event.classNames || [],
    }));
    calendar.batchRendering(() => {
      calendar.getEventSources().forEach((source) => source.remove());
      calendar.addEventSource(events);
    });
  }

  /** Background events show their title in small text at the top; the rest render as usual. */
  _eventContent(arg) {
    if (arg.event.display !== 'background') {
      return true;
    }
    const title = document.createElement('div');
    title.className = 'otopair-bg-title';
    title.textContent = arg.event.title;
    return { domNodes: arg.event.title ? [title] : [] };
  }

  _onSelect(info) {
    this._emit('otopair-select', {
      start: wallTime(info.start),
      end: wallTime(info.end),
      allDay: info.allDay,
    });
    // The server answers with setEvents; the selection would otherwise cover the new event.
    this._calendar.unselect();
  }

  _change(info) {
    const event = info.event;
    const old = info.oldEvent;
    return {
      id: event.id,
      start: wallTime(event.start),
      end: wallTime(event.end || event.start),
      oldStart: wallTime(old.start),
      oldEnd: wallTime(old.end || old.start),
    };
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: false }));
  }
}

if (!customElements.get('otopair-calendar')) {
  customElements.define('otopair-calendar', OtopairCalendar);
}
