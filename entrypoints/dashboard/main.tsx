import { render } from 'preact';
import '../../components/theme.css';
import './dashboard.css';
import { Dashboard } from './Dashboard';

render(<Dashboard />, document.getElementById('app')!);
