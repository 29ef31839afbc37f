import { render } from 'preact';
import { DossierApp } from '../../src/ui/dossier/DossierApp';

render(<DossierApp location={window.location} />, document.getElementById('app')!);
