import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';

render(<Popup location={window.location} />, document.getElementById('app')!);
