import { render } from 'preact';
import '../../components/theme.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';

render(<SidePanel />, document.getElementById('app')!);
