/*
 * <otopair-device-check>: the camera and microphone check of a video session's waiting room, the
 * browser side of com.otopair.consult.ui.DeviceCheck. Nothing leaves the browser: it previews the
 * camera, shows the microphone's level and lets the person pick their devices.
 *
 *   labels  the words shown, in the page's language: { start, stop, camera, microphone, level,
 *           ready, denied, none, busy, failed }
 *
 * Its state is in the data-state attribute: idle (not started), ready, denied (the browser or the
 * person refused), none (no camera or microphone), busy (another program holds them), failed.
 * Devices are asked for only when the person presses the button, and released when they stop or
 * leave the page.
 */
const MESSAGES = { ready: 'ready', denied: 'denied', none: 'none', busy: 'busy', failed: 'failed' };

class OtopairDeviceCheck extends HTMLElement {
  constructor() {
    super();
    this._labels = {};
    this._stream = undefined;
    this._audio = undefined;
    this._frame = 0;
    this._built = false;
  }

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'labels')) {
      const value = this.labels;
      delete this.labels;
      this.labels = value;
    }
    this._build();
  }

  disconnectedCallback() {
    setTimeout(() => {
      if (!this.isConnected) {
        this._stop();
      }
    });
  }

  set labels(labels) {
    this._labels = labels || {};
    if (this._built) {
      this._texts();
    }
  }

  get labels() {
    return this._labels;
  }

  _build() {
    if (this._built) {
      return;
    }
    this._built = true;
    this.classList.add('otopair-device-check');
    this.innerHTML = '';
    this._video = document.createElement('video');
    this._video.className = 'otopair-device-preview';
    this._video.muted = true;
    this._video.autoplay = true;
    this._video.setAttribute('playsinline', '');
    this._meter = document.createElement('meter');
    this._meter.id = 'device-mic-level';
    this._meter.min = 0;
    this._meter.max = 1;
    this._meter.value = 0;
    this._cameraLabel = document.createElement('label');
    this._cameraSelect = this._select('device-camera', 'videoinput');
    this._cameraLabel.append(document.createElement('span'), this._cameraSelect);
    this._micLabel = document.createElement('label');
    this._micSelect = this._select('device-microphone', 'audioinput');
    this._micLabel.append(document.createElement('span'), this._micSelect);
    this._pickers = document.createElement('div');
    this._pickers.className = 'otopair-device-pickers';
    this._pickers.append(this._cameraLabel, this._micLabel);
    this._message = document.createElement('p');
    this._message.className = 'otopair-device-message';
    this._message.setAttribute('role', 'status');
    this._button = document.createElement('vaadin-button');
    this._button.id = 'device-check';
    this._button.addEventListener('click', () => (this._stream ? this._stop() : this._start()));
    this.append(this._video, this._meter, this._pickers, this._message, this._button);
    this.dataset.state = 'idle';
    this._texts();
  }

  _select(id, kind) {
    const select = document.createElement('select');
    select.id = id;
    select.dataset.kind = kind;
    select.addEventListener('change', () => this._start());
    return select;
  }

  _texts() {
    const t = this._labels;
    const state = this.dataset.state || 'idle';
    this._button.textContent = this._stream ? t.stop || '' : t.start || '';
    this._cameraLabel.firstChild.textContent = t.camera || '';
    this._micLabel.firstChild.textContent = t.microphone || '';
    this._meter.setAttribute('aria-label', t.level || '');
    this._message.textContent = MESSAGES[state] ? t[MESSAGES[state]] || '' : '';
    const ready = state === 'ready';
    this._video.hidden = !ready;
    this._meter.hidden = !ready;
    this._pickers.hidden = !ready;
  }

  _state(state) {
    this.dataset.state = state;
    this._texts();
  }

  async _start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      this._state('none');
      return;
    }
    const camera = this._cameraSelect.value;
    const microphone = this._micSelect.value;
    this._release();
    try {
      this._stream = await navigator.mediaDevices.getUserMedia({
        video: camera ? { deviceId: { exact: camera } } : true,
        audio: microphone ? { deviceId: { exact: microphone } } : true,
      });
    } catch (error) {
      this._stream = undefined;
      this._state(this._reason(error));
      return;
    }
    this._video.srcObject = this._stream;
    this._listen(this._stream);
    await this._devices();
    this._state('ready');
  }

  _reason(error) {
    switch (error && error.name) {
      case 'NotAllowedError':
      case 'SecurityError':
        return 'denied';
      case 'NotFoundError':
      case 'OverconstrainedError':
        return 'none';
      case 'NotReadableError':
      case 'AbortError':
        return 'busy';
      default:
        return 'failed';
    }
  }

  async _devices() {
    const devices = await navigator.mediaDevices.enumerateDevices();
    for (const select of [this._cameraSelect, this._micSelect]) {
      const track = this._stream
        .getTracks()
        .find((t) => (select.dataset.kind === 'videoinput' ? t.kind === 'video' : t.kind === 'audio'));
      const current = track && track.getSettings().deviceId;
      select.innerHTML = '';
      devices
        .filter((d) => d.kind === select.dataset.kind)
        .forEach((device, index) => {
          const option = document.createElement('option');
          option.value = device.deviceId;
          option.textContent = device.label || `${select.dataset.kind} ${index + 1}`;
          option.selected = device.deviceId === current;
          select.append(option);
        });
    }
  }

  /** The microphone's level, ten times a second or so, from its loudest recent samples. */
  _listen(stream) {
    if (stream.getAudioTracks().length === 0 || typeof AudioContext === 'undefined') {
      return;
    }
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 512;
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    this._audio = audio;
    const tick = () => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) {
        peak = Math.max(peak, Math.abs(sample - 128) / 128);
      }
      this._meter.value = Math.min(1, peak * 1.5);
      this._frame = requestAnimationFrame(tick);
    };
    tick();
  }

  _release() {
    cancelAnimationFrame(this._frame);
    if (this._audio) {
      this._audio.close();
      this._audio = undefined;
    }
    if (this._stream) {
      this._stream.getTracks().forEach((track) => track.stop());
      this._stream = undefined;
    }
    if (this._video) {
      this._video.srcObject = null;
    }
  }

  _stop() {
    this._release();
    if (this._built) {
      this._meter.value = 0;
      this._state('idle');
    }
  }
}

customElements.define('otopair-device-check', OtopairDeviceCheck);
