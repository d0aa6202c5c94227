/*
 * <otopair-video-room>: the browser side of com.otopair.consult.ui.VideoRoom, a live session's
 * video call on LiveKit (livekit-client, bundled like the calendar).
 *
 * The server mints the participant's token and sets two properties:
 *
 *   access  { url, token }: LiveKit's address and this participant's pass into the session's room
 *   labels  the words shown, in the page's language: { connecting, waiting, live, reconnecting,
 *           unreachable, left, rejoin, mute, unmute, cameraOff, cameraOn, leave, you, noDevice }
 *
 * It renders into its light DOM: a stage with the other side's tile and the local camera, a line
 * saying where the call stands, and three buttons (microphone, camera, leave). Its state is in the
 * data-state attribute: connecting, waiting (nobody else is there yet), live, reconnecting,
 * unreachable (LiveKit could not be reached), left (the person left the call). It tells the
 * server with an otopair-video-state event (detail { state }). Leaving the element's page leaves
 * the call; a removal and re-insertion within the same task (a server round trip that moves it)
 * keeps it.
 */
import { Room, RoomEvent, Track, setLogLevel } from 'livekit-client';

// LiveKit's own log lines are for its developers: keep warnings and errors only.
setLogLevel('warn');

const STATES = ['connecting', 'waiting', 'live', 'reconnecting', 'unreachable', 'left'];

class OtopairVideoRoom extends HTMLElement {
  constructor() {
    super();
    this._access = undefined;
    this._labels = {};
    this._room = undefined;
    this._built = false;
    this._micOn = true;
    this._cameraOn = true;
  }

  connectedCallback() {
    for (const name of ['access', 'labels']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._build();
    if (!this._room && this._access) {
      this._join();
    }
  }

  disconnectedCallback() {
    // Moved within the same round trip: still in the page a moment later, so the call goes on.
    setTimeout(() => {
      if (!this.isConnected) {
        this._leave('left');
      }
    });
  }

  set access(access) {
    const changed = JSON.stringify(access) !== JSON.stringify(this._access);
    this._access = access || undefined;
    if (changed && this.isConnected && this._built && this._access && !this._room) {
      this._join();
    }
  }

  get access() {
    return this._access;
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
    this.classList.add('otopair-video-room');
    this.innerHTML = '';
    this._stage = this._div('otopair-video-stage');
    this._remote = this._div('otopair-video-remote');
    this._remote.dataset.tile = 'remote';
    this._local = this._div('otopair-video-local');
    this._local.dataset.tile = 'local';
    this._stage.append(this._remote, this._local);
    this._status = document.createElement('p');
    this._status.className = 'otopair-video-status';
    this._status.setAttribute('role', 'status');
    this._status.setAttribute('aria-live', 'polite');
    this._mic = this._button('video-mic', () => this._toggleMic());
    this._camera = this._button('video-camera', () => this._toggleCamera());
    this._exit = this._button('video-leave', () => this._exitOrRejoin());
    this._exit.setAttribute('theme', 'error tertiary');
    const controls = this._div('otopair-video-controls');
    controls.append(this._mic, this._camera, this._exit);
    this.append(this._stage, this._status, controls);
    this._state('connecting');
  }

  _div(className) {
    const div = document.createElement('div');
    div.className = className;
    return div;
  }

  _button(id, onClick) {
    const button = document.createElement('vaadin-button');
    button.id = id;
    button.addEventListener('click', onClick);
    return button;
  }

  _state(state) {
    if (!STATES.includes(state)) {
      return;
    }
    this.dataset.state = state;
    this._texts();
    this.dispatchEvent(new CustomEvent('otopair-video-state', { detail: { state } }));
  }

  _texts() {
    const t = this._labels;
    const state = this.dataset.state || 'connecting';
    this._status.textContent = t[state] || '';
    const inCall = state === 'waiting' || state === 'live' || state === 'reconnecting';
    this._mic.textContent = this._micOn ? t.mute || '' : t.unmute || '';
    this._camera.textContent = this._cameraOn ? t.cameraOff || '' : t.cameraOn || '';
    this._mic.hidden = !inCall;
    this._camera.hidden = !inCall;
    this._exit.textContent = inCall || state === 'connecting' ? t.leave || '' : t.rejoin || '';
    this._local.dataset.label = t.you || '';
  }

  async _join() {
    const access = this._access;
    if (!access) {
      return;
    }
    const room = new Room({ adaptiveStream: true, dynacast: true });
    this._room = room;
    room
      .on(RoomEvent.ParticipantConnected, () => this._presence())
      .on(RoomEvent.ParticipantDisconnected, () => this._presence())
      .on(RoomEvent.TrackSubscribed, (track) => this._show(this._remote, track))
      .on(RoomEvent.TrackUnsubscribed, (track) => track.detach().forEach((el) => el.remove()))
      .on(RoomEvent.LocalTrackPublished, (publication) => {
        if (publication.track && publication.track.kind === Track.Kind.Video) {
          this._show(this._local, publication.track);
        }
      })
      .on(RoomEvent.LocalTrackUnpublished, (publication) => {
        if (publication.track) {
          publication.track.detach().forEach((el) => el.remove());
        }
      })
      .on(RoomEvent.Reconnecting, () => this._state('reconnecting'))
      .on(RoomEvent.Reconnected, () => this._presence())
      .on(RoomEvent.Disconnected, () => {
        if (this._room === room) {
          this._room = undefined;
          this._clearTiles();
          this._state(this.dataset.state === 'left' ? 'left' : 'unreachable');
        }
      });
    this._state('connecting');
    try {
      await room.connect(access.url, access.token);
    } catch (error) {
      if (this._room === room) {
        this._room = undefined;
        this._state('unreachable');
      }
      return;
    }
    if (this._room !== room) {
      room.disconnect();
      return;
    }
    this._presence();
    try {
      await room.localParticipant.enableCameraAndMicrophone();
    } catch (error) {
      // No camera or microphone, or no permission: the call goes on, seeing and hearing the other.
      this._micOn = room.localParticipant.isMicrophoneEnabled;
      this._cameraOn = room.localParticipant.isCameraEnabled;
      this._status.textContent = this._labels.noDevice || '';
    }
  }

  _show(tile, track) {
    const element = track.attach();
    element.setAttribute('playsinline', '');
    if (track.kind === Track.Kind.Video) {
      tile.querySelectorAll('video').forEach((old) => old.remove());
    }
    tile.append(element);
  }

  _presence() {
    if (!this._room) {
      return;
    }
    this._state(this._room.remoteParticipants.size > 0 ? 'live' : 'waiting');
  }

  _clearTiles() {
    this._remote.innerHTML = '';
    this._local.innerHTML = '';
  }

  async _toggleMic() {
    if (!this._room) {
      return;
    }
    this._micOn = !this._micOn;
    try {
      await this._room.localParticipant.setMicrophoneEnabled(this._micOn);
    } catch (error) {
      this._micOn = false;
    }
    this._texts();
  }

  async _toggleCamera() {
    if (!this._room) {
      return;
    }
    this._cameraOn = !this._cameraOn;
    try {
      await this._room.localParticipant.setCameraEnabled(this._cameraOn);
    } catch (error) {
      this._cameraOn = false;
    }
    this._texts();
  }

  _exitOrRejoin() {
    const state = this.dataset.state;
    if (state === 'left' || state === 'unreachable') {
      this._micOn = true;
      this._cameraOn = true;
      this._join();
    } else {
      this._leave('left');
    }
  }

  _leave(state) {
    const room = this._room;
    this._room = undefined;
    this._clearTiles();
    if (this._built) {
      this._state(state);
    }
    if (room) {
      room.disconnect();
    }
  }
}

customElements.define('otopair-video-room', OtopairVideoRoom);
